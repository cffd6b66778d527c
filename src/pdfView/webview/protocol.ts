// The messages between the extension and the PDF view (a webview): shared by both sides, so they cannot disagree.

/** A box in PDF user space relative to the page's view origin: `[x, y, width, height]`, y (the baseline) from the page's bottom. */
export type PdfBox = readonly [number, number, number, number];

/** What the extension asks the view to show. `data` (the PDF's bytes) comes with the first message of a view only. */
export interface ShowPage {
  readonly type: 'show';
  readonly data?: Uint8Array;
  /** 1-based page number. */
  readonly page: number;
  /** Boxes to highlight on that page (the citation's or the reference's pieces). */
  readonly boxes: readonly PdfBox[];
}

/** What the view tells the extension. */
export type ViewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'shown'; readonly page: number; readonly pages: number; readonly highlights: number }
  | { readonly type: 'failed'; readonly message: string };
