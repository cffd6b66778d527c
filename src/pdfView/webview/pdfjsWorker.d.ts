// pdf.js's worker module ships without types; the view only hands it to pdf.js as `pdfjsWorker`.
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}

// The modern build has the legacy build's API (its types ship with the legacy build only).
declare module 'pdfjs-dist/build/pdf.mjs' {
  export * from 'pdfjs-dist/legacy/build/pdf.mjs';
}
