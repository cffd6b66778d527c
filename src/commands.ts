/**
 * Every command the extension contributes, in one list. package.json declares the same ids;
 * an integration test checks that both lists agree and that each id has a handler.
 */
export const Commands = {
  openEssay: 'citeread.openEssay',
  openAsEssay: 'citeread.openAsEssay',
  nextCitation: 'citeread.nextCitation',
  previousCitation: 'citeread.previousCitation',
  goToReference: 'citeread.goToReference',
  chooseReference: 'citeread.chooseReference',
  copyReference: 'citeread.copyReference',
  copyReferenceText: 'citeread.copyReferenceText',
  copyInTextCitation: 'citeread.copyInTextCitation',
  exportBibliography: 'citeread.exportBibliography',
  showSources: 'citeread.showSources',
  revealCitation: 'citeread.revealCitation',
  sortSources: 'citeread.sources.sort',
  filterSources: 'citeread.sources.filter',
  clearSourcesFilter: 'citeread.sources.clearFilter',
  refreshSources: 'citeread.sources.refresh',
  openReadingView: 'citeread.openReadingView',
  showInPdf: 'citeread.showInPdf',
  reindexLibrary: 'citeread.library.reindex',
  sortLibrary: 'citeread.library.sort',
  filterLibrary: 'citeread.library.filter',
  showLibraryWorks: 'citeread.library.show',
  clearLibraryFilter: 'citeread.library.clearFilter',
  exportLibraryBibliography: 'citeread.library.exportBibliography',
  exportNewWorks: 'citeread.library.exportNewWorks',
  openLibraryCitation: 'citeread.library.openCitation',
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];

/** Command ids that hovers may link to: only this extension's own. */
export const trustedHoverCommands: readonly CommandId[] = [
  Commands.goToReference,
  Commands.copyReference,
  Commands.copyReferenceText,
  Commands.copyInTextCitation,
  Commands.chooseReference,
  Commands.showSources,
  Commands.showInPdf,
  Commands.openLibraryCitation,
];

/** The URI scheme of the read-only essay documents. */
export const essayScheme = 'citeread';
/** The language id of essay documents. */
export const essayLanguageId = 'citeread-essay';
/** The id of the sources tree view. */
export const sourcesViewId = 'citeread.sources';
/** The id of the library tree view. */
export const libraryViewId = 'citeread.library';

/** The file extensions read as essays (package.json's menus say the same). */
export const essayFileExtensions: readonly string[] = ['txt', 'text', 'md', 'markdown', 'pdf', 'docx', 'html', 'htm', 'xhtml'];
