// pdf.js's worker module ships without types; the reader only hands it to pdf.js as `pdfjsWorker`.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
