/** The linker: each cited work to the reference it points to. */
export { linkCitations, uncitedReferences } from './link';
export type { LinkOptions } from './link';
export { nameKey, referenceLabel } from './profile';
