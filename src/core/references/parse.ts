/**
 * Parsing one reference entry's free text into CSL-JSON.
 *
 * The entry is read left to right as the citation styles write it: names, year, title, then the
 * container (journal or book) with its numbers, or the publisher. Every step accepts the variants of
 * APA, Harvard, Chicago author-date, MLA, ABNT, DIN-like German and the mixed styles real essays use.
 * Fields the parser is not sure of are listed in `uncertain`. See ./names for the name conventions.
 */
import type { CslDate, CslItem, CslName } from '../model';
import { ABNT_TITLE_FIRST_RE, readNames, type NameList } from './names';
import { findDateParts, monthNumber, readDateExpression, readNoDate, UNDATED_ANYWHERE, type YearInfo } from './dates';
import { ABBREVIATIONS } from './tokens';
import { lettersOf, openBracketBefore, trimEndChars } from '../text';
import { ACCESSED_IN_ENTRY_RE, CONFERENCE_RE, EDITION_NOTE_RE, INTERVIEW_RE, isGivenName, JOURNAL_WORD_RE, LINK_INTRO_PHRASE_RE, PUBLISHER_WORD_RE, REPORT_ALONE_RE, REPORT_RE, THESIS_RE } from '../lexicon';
import { dropRunningHeads } from './pageFurniture';
import { trainedLabeler, type EntryLabeler, type LabelledToken } from './entry/labeler';
import { containerText, fieldRuns, pagesText, roleNamesText, splitEditorField, stripFrame, onceIfRepeated, titleText, withoutNoPlaceMark, type EntryField } from './entry/fields';

/** What {@link parseReference} returns. */
export interface ParsedReference {
  /** The entry as CSL-JSON, without `id`. Custom fields: `year-suffix` ("a" of "2010a"), `et-al` (true when the list writes "et al."). */
  readonly csl: Omit<CslItem, 'id'>;
  /** CSL field names the parser is not sure of. */
  readonly uncertain: string[];
  /** The entry starts with a rule ("———.", "--.") meaning "same authors as the previous entry". */
  readonly sameAsPrevious?: boolean;
}

/** Options of {@link parseReference}. */
export interface ParseOptions {
  /** Read the fields with the trained labeller (default); `false` reads them with the older rules alone (for measuring both). */
  readonly useLabeller?: boolean;
  /** The labeller to use; default the trained one. */
  readonly labeler?: EntryLabeler;
}

/** Longest entry text the parser reads; anything longer is a run-away entry and only its start counts. */
const MAX_ENTRY = 4000;

/**
 * Parses one entry of a reference list (its raw text, line breaks of a wrapped entry allowed, list
 * markers such as "- ", "1. ", "[1] " allowed) into CSL-JSON without an id. Never throws: an entry it
 * cannot read gives a `book`-typed item with the text as title and every field listed as uncertain.
 */
export function parseReference(raw: string, options: ParseOptions = {}): ParsedReference {
  try {
    const labeler = options.useLabeller === false ? undefined : (options.labeler ?? trainedLabeler);
    const text = typeof raw === 'string' ? raw : String(raw ?? '');
    if (labeler !== trainedLabeler) return parseEntry(text, labeler);
    // An essay is analysed again after every edit, and its list hardly changes: an entry read before is
    // not read again. Each caller gets its own copy, which it may change.
    let parsed = parsedEntries.get(text);
    if (parsed === undefined) {
      parsed = parseEntry(text, labeler);
      if (parsedEntries.size >= PARSED_ENTRIES_LIMIT) parsedEntries.clear();
      parsedEntries.set(text, parsed);
    }
    return structuredClone(parsed);
  } catch {
    return { csl: { type: 'book', title: cleanText(String(raw ?? '')).slice(0, 300) }, uncertain: ['author', 'issued', 'title', 'type'] };
  }
}

/** Entries parsed with the trained labeller, by their raw text; cleared when full, so its size stays bounded. */
const parsedEntries = new Map<string, ParsedReference>();
const PARSED_ENTRIES_LIMIT = 2_000;

/** Empties the memo of parsed entries (see {@link parseReference}); answers how many entries it held. */
export function forgetParsedEntries(): number {
  const held = parsedEntries.size;
  parsedEntries.clear();
  return held;
}

/**
 * The entry as the labeller reads it (see {@link cleanText}) and its tokens, each with its field label
 * and the model's confidence; token offsets are into `text`. Never throws.
 */
export function labelEntry(raw: string, labeler: EntryLabeler = trainedLabeler): { text: string; tokens: LabelledToken[] } {
  const text = cleanText(typeof raw === 'string' ? raw : String(raw ?? ''));
  try {
    return { text, tokens: labeler.label(text) };
  } catch {
    return { text, tokens: [] };
  }
}

/** Turns the raw entry into one line of plain text: white space collapsed, markers and emphasis removed. */
export function cleanText(raw: string): string {
  let s = dropRunningHeads(raw.length > MAX_ENTRY ? raw.slice(0, MAX_ENTRY) : raw);
  // A word broken at the end of a wrapped line (text from a PDF). Among the names, before the first
  // year, "Pro-⏎   serpio" is "Proserpio"; elsewhere, and before a capital ("Jofre-⏎Monseny"), the
  // hyphen stays: a title's "home-⏎sharing" is more often a hyphenated word than a broken one.
  if (s.indexOf('-\n') >= 0) {
    const year = /(?:^|\D)(?:1[5-9]\d\d|20\d\d)(?!\d)/.exec(s);
    const namesEnd = year ? year.index : Math.min(s.length, 200);
    s = s.replace(/(\p{L})-\r?\n[ \t]{0,12}(?=(\p{Ll})|\p{Lu})/gu, (_m, before: string, lower: string | undefined, at: number) => (lower && at < namesEnd ? before : `${before}-`));
  }
  s = s.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
  s = s.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
  s = stripListMarker(s);
  // Markdown emphasis: *Journal*, _Journal_, **Title** (looked for first: most entries have none).
  const stars = s.indexOf('*') >= 0;
  const underscores = s.indexOf('_') >= 0;
  if (stars) s = s.replace(/\*+/g, '');
  // A rule of underscores ("_____ (2014).", the previous entry's authors) is not emphasis.
  if (underscores) s = s.replace(/(^|[\s(])_{1,2}(?=[^\s_])/g, '$1').replace(/([^\s_])_{1,2}(?=[\s.,;:)]|$)/g, '$1');
  return stars || underscores ? s.replace(/ {2,}/g, ' ').trim() : s;
}

/**
 * Removes a leading list marker: "- ", "* ", "• ", "1. ", "1) ", "[1] ", "(1) ", a citation key in brackets ("[Knuth97] ",
 * "[Allison2006-MIT] ": a letter or more and a digit), and a bare number before a surname and its comma ("13 Cartier, E.").
 */
export function stripListMarker(s: string): string {
  const m = /^(?:[-*+\u2022\u2023\u25e6\u2043\u2219]|\d{1,3}[.)]|\[\d{1,4}\]|\(\d{1,3}\)|\[(?=[^\]\s]{0,40}\d)(?=[^\]\s]{0,40}\p{L})[\p{L}\d+.:_-]{2,40}\]|\d{1,3}(?=\s{1,8}\p{Lu}[\p{L}'\u2019-]{1,40},\s))\s{1,8}/u.exec(s);
  return m ? s.slice(m[0].length) : s;
}

interface Fields {
  title?: string;
  container?: string;
  editors?: CslName[];
  volume?: string;
  issue?: string;
  page?: string;
  number?: string;
  publisher?: string;
  place?: string;
  event?: string;
  eventPlace?: string;
  genre?: string;
  edition?: string;
  inClause?: boolean;
  titleUncertain?: boolean;
  containerUncertain?: boolean;
}

function parseEntry(raw: string, labeler: EntryLabeler | undefined): ParsedReference {
  const uncertain = new Set<string>();
  let s = cleanText(raw);
  const whole = s;

  // Links first: they hold dots and digits that would confuse everything after.
  const links = extractLinks(s);
  s = links.rest;
  const accessed = extractAccessed(s);
  s = accessed.rest;

  // "World Health Organization [WHO]. (2019)", "CEPAL [Comisión Económica …]. (2014)": the name is
  // read without its bracketed alias, and the abbreviation is kept for citations that use it.
  const alias = readOrganisationAlias(s);
  if (alias) s = alias.name + s.slice(alias.end);
  // The labeller reads every entry (the names' extent among them); the rules read what each field says.
  const labelled = labeler ? labeler.label(whole) : undefined;
  const ruleNames = readNames(s);
  const modelNames = labelled ? namesFromLabels(s, whole, labelled, ruleNames) : undefined;
  // ABNT's entry without an author opens with its title's first word(s) in capitals, the rest in lower case ("ANUÁRIO
  // estatístico do Brasil.", "LA DAIA desmintió …"): no names.
  const titleFirst = ABNT_TITLE_FIRST_RE.test(s);
  const names: NameList | undefined = titleFirst ? undefined : (modelNames ?? ruleNames);
  const authorEnd = names ? names.end : 0;
  if (!names) uncertain.add('author');

  // The year right after the names: "(2005)", ". 2010.", "(2010a):", "(n.d.)".
  let date: YearInfo | undefined;
  let original: number | undefined;
  let body: string;
  const afterNames = skipPunct(s, authorEnd);
  let bodyStart = afterNames;
  const direct = names ? readYearAt(s, afterNames) : readYearAt(s, 0);
  if (direct) {
    const reprint = readReprint(s, names ? afterNames : 0, direct);
    date = reprint.info;
    original = reprint.original;
    bodyStart = skipPunct(s, reprint.end);
    body = s.slice(bodyStart);
  } else {
    body = s.slice(afterNames);
    const found = findYearInBody(body, labelled ? labelledYear(labelled) : undefined);
    if (found) {
      date = found.info;
      body = found.rest;
      if (found.ambiguous) uncertain.add('issued');
    }
  }
  if (!date) uncertain.add('issued');
  // APA's "(Original work published 1905)" anywhere after the title.
  const note = ORIGINAL_NOTE.exec(body);
  if (note) {
    original ??= Number(note[1]);
    body = cutOut(body, note.index, note[0].length);
  }
  if (original !== undefined && original === date?.year) original = undefined;

  const fields = parseBody(body);
  if (date?.day !== undefined && !fields.container && fields.publisher && !fields.place && !fields.inClause && !fields.genre) {
    // "(2020, March 3). Title. The Guardian.": a dated piece in a newspaper or magazine.
    fields.container = fields.publisher;
    delete fields.publisher;
  }
  let model: ModelFields | undefined;
  if (labelled) {
    // The names and the date are read by the rules: the fields start after them (offsets agree while no link came before).
    const start = whole.startsWith(s.slice(0, bodyStart)) ? bodyStart : 0;
    model = applyLabels(whole, labelled, fields, start, !!date);
    for (const u of model.uncertain) uncertain.add(u);
    if (!fields.title) uncertain.add('title');
  } else {
    if (fields.titleUncertain || !fields.title) uncertain.add('title');
    if (fields.containerUncertain) uncertain.add('container-title');
  }

  if (model) joinSubtitle(s, fields, model);
  const csl: Omit<CslItem, 'id'> & Record<string, unknown> = { type: 'book' };
  if (names && names.names.length > 0) {
    if (names.editors) csl.editor = names.names;
    else csl.author = names.names;
    if (names.organisation && names.names.length === 1 && names.names[0].literal && /\p{Ll}/u.test(names.names[0].literal.split(' ').filter((w) => !/^(of|for|and|the|de|da|do|dos|das|del|la|las|los|le|les|el|para|por|pour|per|für|und|der|des|du|van|voor|e|y|et|in|on|&)$/.test(w)).join(' ').replace(/\b\p{Lu}\S*/gu, ''))) {
      uncertain.add('author');
    }
  }
  if (names?.etAl) csl['et-al'] = true;
  const abbreviation = names?.abbreviation ?? (alias && names?.organisation && names.names.length === 1 ? alias.abbreviation : undefined);
  if (abbreviation) csl['author-abbreviation'] = abbreviation;
  if (date) {
    const issued: CslDate = {};
    if (date.year !== undefined) {
      const parts: number[] = [date.year];
      if (date.month !== undefined) {
        parts.push(date.month);
        if (date.day !== undefined) parts.push(date.day);
      }
      issued['date-parts'] = [parts];
      if (date.season !== undefined && date.month === undefined) issued.season = date.season;
    } else if (date.literal) {
      issued.literal = date.literal;
    }
    csl.issued = issued;
    if (date.suffix) csl['year-suffix'] = date.suffix;
  }
  if (original !== undefined) csl['original-date'] = { 'date-parts': [[original]] };
  // "Title [Motion picture]", "Title (Unpublished doctoral dissertation)": the description of the work after its title
  // (APA's brackets) is its genre, not part of its title.
  const open = fields.title ? Math.max(fields.title.lastIndexOf('['), fields.title.lastIndexOf('(')) : -1;
  const described = fields.title && open > 0 && /\s/.test(fields.title.charAt(open - 1)) ? WORK_DESCRIPTION.exec(fields.title.slice(open)) : null;
  if (fields.title && described) {
    fields.genre ??= described[1];
    fields.title = fields.title.slice(0, open).trim();
  }
  // The title opens the entry: none of its capitals are names.
  if (titleFirst && fields.title && !s.startsWith(fields.title)) {
    const at = s.indexOf(fields.title);
    if (at > 0 && at <= 40 && /^[\p{Lu}'\u2019\s-]+$/u.test(s.slice(0, at))) fields.title = s.slice(0, at) + fields.title;
  }
  if (fields.title) csl.title = fields.title;
  if (fields.container) csl['container-title'] = fields.container;
  if (fields.editors && fields.editors.length > 0) {
    csl.editor = [...((csl.editor as CslName[] | undefined) ?? []), ...fields.editors];
  }
  if (fields.volume) csl.volume = fields.volume;
  if (fields.issue) csl.issue = fields.issue;
  if (fields.page) csl.page = fields.page;
  if (fields.number) csl.number = fields.number;
  if (fields.edition) csl.edition = fields.edition;
  if (fields.publisher) csl.publisher = fields.publisher;
  if (fields.place) csl['publisher-place'] = fields.place;
  if (fields.event) csl.event = fields.event;
  if (fields.eventPlace) csl['event-place'] = fields.eventPlace;
  if (fields.genre) csl.genre = fields.genre;
  if (model?.collection) csl['collection-title'] = model.collection;
  if (model?.collection && model.collectionNumber) csl['collection-number'] = model.collectionNumber;
  if (model?.translators && model.translators.length > 0) csl.translator = model.translators;
  if (links.url) csl.URL = links.url;
  if (links.doi) csl.DOI = links.doi;
  if (accessed.date) csl.accessed = { 'date-parts': [accessed.date] };
  if (csl.author === undefined) delete csl.author;

  const type = model ? typeFromFields(s, fields, model, links, accessed.found, date) : decideType(s, fields, links, accessed.found, date);
  csl.type = type.type;
  if (type.guessed) uncertain.add('type');
  if (type.type === 'thesis' && thesisFields(csl)) uncertain.delete('container-title');

  const result: ParsedReference = { csl, uncertain: [...uncertain] };
  return names?.sameAsPrevious ? { ...result, sameAsPrevious: true } : result;
}

/**
 * A book whose title goes on after a full stop, its second part read as a container: "Garretón, M. A. (2016). La Gran
 * Ruptura. Institucionalidad política y actores sociales en el Chile del siglo XXI (LOM Ediciones).". With a
 * publisher and no "In", no editors, no journal, volume, issue or pages, and a container that names no proceedings,
 * journal or thesis, nothing says the work is printed in another: the container is the title's subtitle. A container that repeats the title is dropped.
 */
function joinSubtitle(s: string, f: Fields, m: ModelFields): void {
  if (!f.title || !f.container) return;
  if (lettersOf(f.container.toLowerCase()) === lettersOf(f.title.toLowerCase())) {
    // A journal the labeller saw is the container ("Phys. Rev. B 63, 205311"); a book's title with its publisher and
    // no volume, issue or pages was copied into the container.
    if (m.journal && !(f.publisher && !f.volume && !f.issue && !f.page)) delete f.title;
    else delete f.container;
    return;
  }
  if (!f.publisher || (f.editors && f.editors.length > 0) || m.labels.has('editor') || m.journal || f.page || f.volume || f.issue) return;
  // Proceedings, a journal or a series are where a work is printed.
  if (CONFERENCE_RE.test(f.container) || JOURNAL_WORD_RE.test(f.container) || THESIS_RE.test(f.container)) return;
  const at = s.indexOf(f.title);
  const sub = at < 0 ? -1 : s.indexOf(f.container, at + f.title.length);
  // Right after the title, with no "In" before it.
  if (sub < 0 || !/^[.:]\s$/.test(s.slice(at + f.title.length, sub))) return;
  f.title = s.slice(at, sub + f.container.length);
  delete f.container;
}

/**
 * A thesis has no container: a short one is the place where it was defended ("Natal, 1997. Dissertação (Mestrado) -
 * Universidade Federal do Rio Grande do Norte."); the dash before the university is no part of its name. True when
 * the container was moved.
 */
function thesisFields(csl: Omit<CslItem, 'id'> & Record<string, unknown>): boolean {
  if (typeof csl.publisher === 'string') csl.publisher = csl.publisher.replace(/^[-–—]\s*/, '');
  const container = csl['container-title'];
  if (typeof container === 'string' && !csl.volume && !csl.issue && container.split(/\s+/).length <= 3) {
    csl['publisher-place'] ??= container;
    delete csl['container-title'];
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Fields from the trained labeller

/** The labeller's names are taken over the rules' extent of them when its least sure name token is at least this sure. */
const NAMES_SURE = 0.5;

/**
 * The names where the labeller puts them: the run of author (or editor) tokens the entry starts with,
 * read by the name rules within that run alone ("Lawrence A. Cunningham, From Random Walks …" ends its
 * names before "From"; "Diamond, Stephen A. Anger, madness, …" before "Anger"). Undefined when the
 * labeller is unsure, agrees with the rules' extent, or its run does not read as names.
 */
function namesFromLabels(s: string, whole: string, labelled: readonly LabelledToken[], rules: NameList | undefined): NameList | undefined {
  let i = 0;
  while (i < labelled.length && labelled[i].label === 'citation-number') i++;
  const role = labelled[i]?.label;
  if (role !== 'author' && role !== 'editor') return undefined;
  let j = i;
  let sure = labelled[i].confidence;
  // A film's directors and producers are named with its authors ("Ferreira, A., & Costa, B. (Directors).").
  const sameRole = (label: string): boolean => label === role || (role === 'author' && (label === 'director' || label === 'producer'));
  while (j + 1 < labelled.length && sameRole(labelled[j + 1].label)) sure = Math.min(sure, labelled[++j].confidence);
  if (sure < NAMES_SURE) return undefined;
  const start = labelled[i].start;
  const end = labelled[j].end;
  if (start > 0 || !whole.startsWith(s.slice(0, end))) return undefined;
  const span = s.slice(0, end);
  // "Lawrence A. Cunningham,", "Leon Glass and Michael C. Mackey,": given names first (an initial or a second name
  // shows it is people, not an organisation such as "Google Groups").
  const one = givenFirstPerson(span);
  if (!one && rules && /^[\s.,;:]*$/.test(rules.end < end ? s.slice(rules.end, end) : s.slice(end, rules.end))) return undefined;
  // People written given names first, the first with an initial or a known given name: "Lawrence A. Cunningham,",
  // "Simon Haykin", "Albert R. Meyer and Mitchell Wand.".
  if (!one) {
    const read = readNames(span, { givenFirst: !/^\S+,/.test(span) });
    return read && read.names.length > 0 && /^[\s.,;:]*$/.test(span.slice(read.end)) ? read : undefined;
  }
  const rest = span.slice(one[0].length).replace(/^[\s.,;]*(?:(?:and|&|e|y|et|und)\s+)?/, '');
  const others = rest === '' ? undefined : readNames(rest, { givenFirst: true });
  if (rest !== '' && (!others || !/^[\s.,;:]*$/.test(rest.slice(others.end)))) return undefined;
  const names: CslName[] = [{ family: one[2], given: one[1].trim() }, ...(others?.names ?? [])];
  return { names, end: span.length, etAl: others?.etAl ?? false, editors: role === 'editor' || (others?.editors ?? false), person: true, organisation: false, sameAsPrevious: false };
}

/** A description of the work in brackets at the end of its title: "[Motion picture]", "(Unpublished doctoral dissertation)", "[Data set]". */
const WORK_DESCRIPTION = /^[[(]((?:(?:unpublished|doctoral|master['\u2019]s|bachelor['\u2019]s|ph\.?\s?d\.?|short|animated|documentary)\s){0,3}(?:motion picture|film|dvd|blu-ray|video(?: file| recording| game)?|audio(?: podcast| recording| file)?|podcast(?: episode)?|television (?:series|broadcast|episode)|tv series|computer software|software|data ?set|blog post|tweet|dissertation|thesis|report|brochure|manuscript|lecture notes|powerpoint slides|working paper|press release|fact sheet)(?:[,;:][^\])]{1,80})?)[\])]\.?$/i;

/** A field whose least sure token is below this marginal probability is listed as uncertain. */
const UNSURE = 0.5;

/** Below this confidence of the model in a title or container the rules' reading, when there is one, is kept. */
const KEEP_RULES = 0.8;

/** A container-title that names a series of books. */
const SERIES = /\b(?:series|collection|colección|coleção|collana|reihe|schriftenreihe)\b/i;

/** A number introduced as an issue's or a paper's: "No. 3", "nº 17", "n. 4", "Nr. 2", "Heft 3", "issue 2". */
const ISSUE_NUMBER = /^\(?(?:nos?|nr|n[º°o]|n|n[úu]m|n[úu]mero|number|issue|iss|heft)(?:\.\s?|\s|(?=\d))\d/iu;

/** What the labeller adds beyond the rule parser's fields. */
interface ModelFields {
  readonly labels: ReadonlySet<string>;
  readonly runs: readonly EntryField[];
  readonly journal: boolean;
  readonly collection?: string;
  readonly collectionNumber?: string;
  readonly translators?: CslName[];
  readonly uncertain: string[];
}

/**
 * Takes the field boundaries from the labelled tokens: title, container (journal or book), series,
 * publisher, place, edition, genre, the container's editors and the translators. Names, dates, links
 * and numbers stay with the rule parser's normalisers. `bodyStart` is where the rule parser's names and
 * date end in `text`: tokens before it are not read again. `dated`: the rules have read a date.
 */
function applyLabels(text: string, labelled: readonly LabelledToken[], f: Fields, bodyStart: number, dated: boolean): ModelFields {
  // Tokens before the body belong to the names and the date. Right after them, tokens the model
  // calls a date when the rules have read the date already are the start of what follows ("(2010). 1968 and after").
  const tokens = labelled.filter((t) => t.start >= bodyStart);
  let lead = 0;
  while (dated && lead < tokens.length && tokens[lead].label === 'date') lead++;
  if (lead > 0 && lead < tokens.length) for (let i = 0; i < lead; i++) tokens[i] = { ...tokens[i], label: tokens[lead].label };
  const ruleTitle = f.title;
  const ruleContainer = f.container;
  const rulePublisher = f.publisher;
  const rulePlace = f.place;
  mendTitleEnd(tokens);
  endTitleAtItsMark(tokens);
  const runs = fieldRuns(tokens, text);
  const first = (...labels: string[]): EntryField | undefined => runs.find((r) => labels.includes(r.label));
  const uncertain: string[] = [];
  // A field the model is unsure of stays sure when the rules, read apart, give it the same words.
  const unsure = (run: EntryField | undefined, field: string, modelText?: string, ruleText?: string): void => {
    if (run && run.confidence < UNSURE && !(modelText && modelText === ruleText) && !uncertain.includes(field)) uncertain.push(field);
  };
  const title = first('title');
  // A work in volumes, "Deutsche Geschichte 1866–1918. Bd. II: Machtstaat vor der Demokratie": the volume and the
  // volume's own title, between or after the work's, are one title (where a reader, and the library, see the volume).
  const at = title ? runs.indexOf(title) : -1;
  const volumeRun = at >= 0 && (runs[at + 1]?.label === 'volume' || runs[at + 1]?.label === 'editor') && runs[at + 2]?.label === 'title' && VOLUME_RUN.test(`${runs[at + 1].text} ${runs[at + 2].text}`) ? runs[at + 1] : undefined;
  const volumeTitle = volumeRun ? `${volumeRun.text} ${runs[at + 2].text}` : '';
  const modelTitle = title ? titleText(volumeTitle ? `${title.text} ${volumeTitle}` : title.text) || undefined : undefined;
  f.title = modelTitle;
  // Where the model is unsure of a field the rules have read, the rules' reading stays (listed as uncertain unless both agree).
  if ((!title || title.confidence < KEEP_RULES) && ruleTitle && !(title === undefined && labelledOtherwise(text, tokens, ruleTitle)) && !(title && sureWhereRulesDiffer(text, tokens, ruleTitle, title, ['title'])) && !endsBeforeLastItem(ruleTitle, modelTitle)) f.title = ruleTitle;
  unsure(title, 'title', modelTitle, ruleTitle);
  if (!title && ruleTitle) uncertain.push('title');
  let container = first('journal', 'container-title');
  let series: EntryField | undefined;
  let seriesNumber: string | undefined;
  let seriesNumberRun: EntryField | undefined;
  if (container && container.label === 'container-title' && SERIES.test(container.text) && !runs.some((r) => r.start > container!.start && (r.label === 'volume' || r.label === 'pages'))) {
    // "The Morgan Kaufmann Series in Interactive Technologies. San Francisco: …": a book's series, not a container.
    series = container;
    container = runs.find((r) => r !== series && (r.label === 'journal' || r.label === 'container-title'));
  } else if (container && container.label === 'container-title' && runs[runs.indexOf(container) - 1]?.label === 'title' && /^\((?!eds?\b|hrsg|hg\b|orgs?\b)/i.test(container.text) && !runs.some((r) => r.start > container!.start && r.label === 'pages') && runs.some((r) => r.start > container!.start && (r.label === 'publisher' || r.label === 'location'))) {
    // "Small clauses in English. (Topics in English linguistics, 8) Berlin: Mouton": a series in parentheses after a book's title.
    const next = runs[runs.indexOf(container) + 1];
    const closed = container.text.includes(')') ? container : next?.label === 'volume' && next.text.includes(')') ? next : undefined;
    if (closed) {
      series = container;
      container = undefined;
      if (closed === next) {
        seriesNumber = /\d{1,4}/.exec(next.text)?.[0];
        seriesNumberRun = next;
        if (seriesNumber !== undefined && f.volume === seriesNumber) f.volume = undefined;
      }
    }
  }
  let collectionText: string | undefined;
  let inRun: EntryField | undefined;
  if (!container) {
    // "In" opens a book or proceedings whatever label its words got: "In The practical guide to …, Eskom Power Series Volume 3."
    inRun = runs.find((r) => r.label !== 'title' && r.label !== 'editor' && r.label !== 'author' && r.start > (title?.start ?? -1) && /^(?:[Ii]n|[Ee][mn]|[Dd]ans|[Ii]m):? \p{Lu}/u.test(r.text));
    if (inRun) {
      const book = containerText(inRun.text);
      const comma = book.search(/, (?=[^,]*\b(?:series|collection|colección|coleção|collana|reihe|schriftenreihe)\b)/i);
      container = { ...inRun, label: 'container-title', text: comma > 0 ? book.slice(0, comma) : book };
      if (comma > 0) collectionText = book.slice(comma + 2);
    }
  }
  const modelContainer = container ? containerText(container.text) || undefined : undefined;
  f.container = modelContainer;
  if (!container && ruleContainer && namesOverrun(text, tokens, ruleContainer) && runs.some((r) => r.label === 'volume' || r.label === 'pages')) {
    // "Dahlberg, I. Teoria do conceito. Ciência da Informação, v. 7, n. 2, p. 101-107": the labeller ran the names on
    // over the title and the journal the rules read after them, then labelled the journal's numbers.
    f.container = ruleContainer;
  }
  if (container && container.confidence < KEEP_RULES && ruleContainer && !sureWhereRulesDiffer(text, tokens, ruleContainer, container, ['journal', 'container-title']) && !cutAtAbbreviation(text, tokens, ruleContainer, container) && !goesOnOverNumbers(text, tokens, ruleContainer, container)) f.container = ruleContainer;
  // "S. Kachru, D. Simic and S. P. Trivedi, JHEP 1005, 067 (2010)": the model reads no title, and the rules' title lies on
  // the journal the model reads (physics and chemistry cite an article by its journal, volume and page alone): no title.
  if (!title && f.title !== undefined && f.title === ruleTitle && container && f.container === modelContainer && onRun(text, tokens, ruleTitle, container)) f.title = undefined;
  if (collectionText && f.container?.endsWith(`, ${collectionText}`)) f.container = f.container.slice(0, -collectionText.length - 2);
  // "Em Questão, v. 23": a Portuguese journal named with "Em" ("in"), which ABNT never writes for "In:" without its colon.
  const em = f.container ? EM_JOURNAL.exec(text) : null;
  if (em && em[1] === f.container) f.container = `Em ${em[1]}`;
  const roleAt = container ? runs.indexOf(container) - 1 : -1;
  const roleTail = roleAt >= 0 && runs[roleAt].label === 'editor' ? EDITORS_THEN_BOOK.exec(runs[roleAt].text) : null;
  if (container && roleTail && container.confidence < KEEP_RULES) {
    // "In: Carrara, K. (ed.). Educação, universidade e pesquisa.": the book's title starts after the editors' role mark,
    // where the labeller, unsure, ended the editors at a comma inside the title.
    f.container = containerText(`${roleTail[1]} ${container.text}`);
  } else if (f.container && f.container === ruleContainer) {
    // "In Biodiversity hotspots (F. Zachos & J. Habel, eds) Springer, Berlin": the editors in brackets after the book's
    // title, which the rules read on, end it.
    const editorsRun = runs.find((r) => r.label === 'editor' && r.text.startsWith('(') && ROLE_IN_BRACKETS.test(r.text));
    const cut = editorsRun ? f.container.indexOf(stripFrame(editorsRun.text.replace(/^\(/, ''))) : -1;
    if (editorsRun && cut > 1 && f.container.charAt(cut - 1) === '(') f.container = stripFrame(f.container.slice(0, cut - 1).trim());
  }
  if (f.container) f.container = onceIfRepeated(withoutNoPlaceMark(f.container)) || undefined;
  unsure(container, 'container-title', modelContainer, ruleContainer);
  if (!f.container && title && f.title && runs[at + 1]?.label === 'editor' && /^,?\s?(?:ed\.|eds\.|edited|hrsg\.|hg\.|org\.|orgs\.|éd\.|a cura)/i.test(runs[at + 1].text)) {
    // "Severing the external argument from its verb. Phrase structure and the lexicon, ed. by Johan Rooryck": the
    // sentence before the editors is their book.
    const cut = lastSentenceEnd(f.title);
    if (cut > 0) {
      const book = tidy(f.title.slice(cut + 1));
      // "Stephen Hero. Edited by John J. Slocum": the editors of the work itself, not of a book it is in.
      if (!/^(?:ed\.|eds\.|edited|hrsg\.|hg\.|herausgegeben|org\.|orgs\.|organizado|éd\.|édité|a cura|translated|trans\.)/i.test(book)) f.container = book;
      f.title = tidy(f.title.slice(0, cut + (f.title[cut] === '.' ? 0 : 1)));
    }
  }
  if (f.title) {
    // "…reliability assessment, vol. 104, no.1. Electric Power Systems Research": a journal's numbers are not the title's.
    const numbers = TITLE_NUMBERS.exec(f.title);
    if (numbers && numbers.index >= 20) {
      f.volume ??= numbers[1];
      f.title = f.title.slice(0, numbers.index);
    }
  }
  if (f.container && CONFERENCE_RE.test(f.container)) {
    // "IEEE PES General Meeting. Calgary.": the meeting's place is not part of its name.
    const place = CONTAINER_PLACE.exec(f.container);
    const before = place ? (f.container.slice(0, place.index).split(/[^\p{L}\d]/u).pop() ?? '') : '';
    // Not after an abbreviation's dot: "Proc. Twelfth POPL".
    if (place && !CONFERENCE_RE.test(place[1]) && before.length >= 5 && !isAbbreviation(before)) {
      f.container = f.container.slice(0, place.index);
      f.eventPlace ??= place[1];
    }
  }
  f.inClause = tokens.some((t) => /^(?:in|em|en|dans|im):?$/i.test(t.text) && t.label !== 'title' && t.label !== 'author');
  const publisher = first('publisher');
  if (publisher) {
    const pub = placePublisher(stripFrame(publisher.text));
    f.publisher = pub && !first('location') ? pub.publisher : stripFrame(publisher.text) || undefined;
    if (pub && !first('location')) f.place = pub.place;
  } else {
    f.publisher = undefined;
  }
  unsure(publisher, 'publisher');
  const location = first('location');
  const split = location && !publisher ? placePublisher(stripFrame(location.text)) : undefined;
  if (split) {
    // "Indianapolis, IN: Que.": place and publisher in one run.
    f.place = split.place;
    f.publisher = split.publisher;
  } else if (location && !publisher && rulePublisher && rulePlace && location.text.includes(rulePublisher)) {
    // "Montréal, Boréal.": a place and a publisher joined by a comma, as the rules read them.
    f.place = rulePlace;
    f.publisher = rulePublisher;
  } else if (location) f.place = stripFrame(location.text) || undefined;
  else if (!publisher) f.place = undefined;
  unsure(location, 'publisher-place');
  const edition = first('edition');
  if (edition) f.edition = /(\d{1,3})/.exec(edition.text)?.[1] ?? stripFrame(edition.text);
  const genre = first('genre');
  // "Working Paper 512": the number is the report's number, not part of its genre.
  if (genre) {
    const text = stripFrame(genre.text);
    f.genre = (f.number ? text.replace(/ (?:no\.? ?)?\d[\w/-]{0,12}$/i, '') : text) || undefined;
  }
  const pages = first('pages');
  if (pages && !f.page) f.page = pagesText(pages.text);
  const volume = runs.find((r) => r.label === 'volume' && r !== seriesNumberRun);
  // "No. 3", "nº 17", "No.165": the number of an issue or a paper (the rules read it), not a volume.
  if (volume && !f.volume && !ISSUE_NUMBER.test(volume.text)) f.volume = /\d{1,5}/.exec(volume.text)?.[0];
  const editors = runs.filter((r) => r.label === 'editor' && r !== volumeRun);
  if (editors.length > 0) {
    const names = editors.flatMap((r) => {
      const split = splitEditorField(r.text);
      if (split.book && !f.container) {
        f.container = split.book;
        unsure(r, 'container-title');
      }
      return split.names ? (readNames(roleNamesText(split.names), { givenFirst: true })?.names ?? []) : [];
    });
    f.editors = names.length > 0 ? names : undefined;
    for (const r of editors) unsure(r, 'editor');
  } else {
    f.editors = undefined;
  }
  const translators = runs.filter((r) => r.label === 'translator').flatMap((r) => readNames(roleNamesText(r.text), { givenFirst: true })?.names ?? []);
  const collection = (inRun ? undefined : first('collection-title')) ?? series;
  return {
    labels: new Set(runs.map((r) => (r === inRun ? 'container-title' : r.label))),
    runs,
    journal: container?.label === 'journal',
    collection: collection ? stripFrame(collection.text.replace(/^\(/, '')).replace(/,\s?\d{1,4}$/, '') || undefined : collectionText,
    collectionNumber: seriesNumber ?? (collection ? /,\s?(\d{1,4})\)?[.,]?$/.exec(collection.text)?.[1] : undefined),
    translators,
    uncertain,
  };
}

/** Where the rules' reading of a field stands in `text`: its first occurrence from the first token of the body on. */
function ruleFieldSpan(text: string, tokens: readonly LabelledToken[], field: string): { start: number; end: number } | undefined {
  if (tokens.length === 0) return undefined;
  let start = text.indexOf(field, tokens[0].start);
  if (start >= 0) return { start, end: start + field.length };
  // A bracket the field opened, closed again when its frame was taken off ("… (New York: Random House" of "…, 1987).").
  if (!/[)\]]$/.test(field) || field.lastIndexOf(field.endsWith(')') ? '(' : '[') <= 0) return undefined;
  start = text.indexOf(field.slice(0, -1), tokens[0].start);
  return start < 0 ? undefined : { start, end: start + field.length - 1 };
}

/**
 * The rules' reading of a field (`field`, as found in `text` after the body's start) falls on tokens the
 * labeller, sure of itself, gives to other fields, names among them ("S. E. Han, G. Chen, Nano Lett. 2010":
 * the rules' title "G. Chen" is a name): an entry without that field, as the labeller reads it.
 */
function labelledOtherwise(text: string, tokens: readonly LabelledToken[], field: string): boolean {
  const span = ruleFieldSpan(text, tokens, field);
  if (!span) return false;
  const covered = tokens.filter((t) => t.end > span.start && t.start < span.end);
  return covered.length > 0 && covered.every((t) => t.confidence >= KEEP_RULES) && covered.some((t) => t.label === 'author' || t.label === 'editor');
}

/**
 * The rules' reading of a field (`field`, as found in `text` after the body's start) takes words of `run` that cannot
 * open a work's title: it goes on over names labelled before the run, or over numbers labelled after a run written in
 * abbreviations ("G. D. Cody, IEEE Trans. Electr", "JHEP 1005"), or it is a part of the run cut at an abbreviation's dot ("Phys" of "Phys. Rev. Lett."). A rules' title that
 * is the run's own words, or their first sentence, is a title the model took into the container, and this is false.
 */
function onRun(text: string, tokens: readonly LabelledToken[], field: string, run: EntryField): boolean {
  const span = ruleFieldSpan(text, tokens, field);
  if (span === undefined || span.start >= run.end || run.start >= span.end) return false;
  const covered = tokens.filter((t) => t.end > span.start && t.start < span.end);
  if (covered.some((t) => t.end <= run.start && NAMES.has(t.label))) return true;
  // A journal written in abbreviations or as an acronym and its volume: "JHEP 1005", not a title "Agenda 2030".
  const runTokens = tokens.filter((t) => t.end > run.start && t.start < run.end);
  if (runTokens.every(abbreviated) && covered.some((t) => t.start >= run.end && NUMBERS.has(t.label))) return true;
  return span.end < run.end && covered.every(abbreviated);
}

/** A token that is an abbreviated word ({@link ABBREVIATED_WORD}) or an acronym in capitals ("IEEE", "ACM"). */
function abbreviated(t: LabelledToken): boolean {
  return ABBREVIATED_WORD.test(t.text) || /^\p{Lu}{2,6}[.,]?$/u.test(t.text);
}

/** Labels of the names before a container, and of the numbers after it, that a title never takes in. */
const NAMES = new Set(['author', 'editor', 'translator']);
const NUMBERS = new Set(['volume', 'issue', 'pages']);

/**
 * The rules' title stops before the last item of a list the model's title goes on with: "Staging Mozart, Verdi, Wagner"
 * of "… Wagner, and Zemlinsky", "Canon, Ritual" of "… Ritual, and Ideology". A title does not end before ", and".
 */
function endsBeforeLastItem(ruleTitle: string, modelTitle: string | undefined): boolean {
  return modelTitle !== undefined && modelTitle.startsWith(ruleTitle) && LAST_ITEM.test(modelTitle.slice(ruleTitle.length));
}

/** What follows a list's next-to-last item: ", and Zemlinsky", " & Sons", ", y otros". */
const LAST_ITEM = /^,? (?:and|&|or|y|e|et|und|och|en) \p{L}/u;

/**
 * The rules' container is the model's run and the numbers or month the model reads after it: "Science, 305", "Word &
 * World XIV:4", "Soins Aides-soignantes, mai". A journal's name does not take in its volume, issue or date.
 */
function goesOnOverNumbers(text: string, tokens: readonly LabelledToken[], field: string, run: EntryField): boolean {
  const span = ruleFieldSpan(text, tokens, field);
  if (!span || span.start !== run.start || span.end <= run.end) return false;
  const beyond = tokens.filter((t) => t.start >= run.end && t.start < span.end);
  // A year stays: "SIGCSE 2023" names one meeting of a series.
  return beyond.length > 0 && beyond.every((t) => (NUMBERS.has(t.label) && (/\d/.test(t.text) || /^[IVXLC]+\b/.test(t.text))) || (t.label === 'date' && monthNumber(stripFrame(t.text)) !== undefined));
}

/** A word abbreviated with a dot, as journal and proceedings names are: "Opt.", "Lett.", "Trans.", "Proc.", "J.". */
const ABBREVIATED_WORD = /^\p{Lu}\p{Ll}{0,6}\.$/u;

/**
 * The rules cut a container written in abbreviations at one of its dots ("Opt. Lett." read as "Lett", "IEEE Trans. Electr.
 * Dev." as "Dev", "Proc. Intl. Workshop on …" as "Proc"): the rules' container lies inside the model's container run and
 * is made of abbreviations alone, the run holds at least two abbreviated words, and where the rules' reading starts or
 * ends inside the run, the token before the cut is one of them.
 */
function cutAtAbbreviation(text: string, tokens: readonly LabelledToken[], field: string, run: EntryField): boolean {
  const span = ruleFieldSpan(text, tokens, field);
  if (!span || span.start < run.start || span.end > run.end || (span.start === run.start && span.end >= run.end)) return false;
  const inRun = tokens.filter((t) => t.start >= run.start && t.end <= run.end);
  if (inRun.filter((t) => ABBREVIATED_WORD.test(t.text)).length < 2) return false;
  if (!inRun.filter((t) => t.end > span.start && t.start < span.end).every(abbreviated)) return false;
  const before = inRun.filter((t) => t.end <= span.start).pop();
  const last = inRun.filter((t) => t.start < span.end).pop();
  const cutBefore = span.start > run.start && before !== undefined && ABBREVIATED_WORD.test(before.text);
  const cutAfter = span.end < run.end && last !== undefined && ABBREVIATED_WORD.test(last.text);
  return cutBefore || cutAfter;
}

/** A journal of one word after "Em" and before its volume: "… pesquisa (PQ-CNPq). Em Questão, v. 23, n. 5". */
const EM_JOURNAL = /(?:^|[.?!] )Em (\p{Lu}[\p{L}-]{1,30}), v\. ?\d/u;

/** The tail of an editors' field after their role mark in brackets: "Carrara, K. (ed.). Educação," gives "Educação,". */
const EDITORS_THEN_BOOK = /\((?:eds?|orgs?|coords?|hrsg|hg|dirs?|comps?|éds?)\.?\)\.?\s+(\p{Lu}[^()]*)$/iu;

/** Editors in brackets with their role at the end: "(F. Zachos & J. Habel, eds)", "(P.S. Oliveira & R.J. Marquis, eds)." */
const ROLE_IN_BRACKETS = /[\s,](?:eds?|editors?|orgs?|hrsg|hg|éds?)\.?\)[.,]?$/i;

/**
 * The rules' reading of a field (`field`, found in `text` after the body's start) falls only on tokens the labeller
 * gives to the names: the body starts where the rules' names end, so the labeller's names ran on into it.
 */
function namesOverrun(text: string, tokens: readonly LabelledToken[], field: string): boolean {
  const span = ruleFieldSpan(text, tokens, field);
  if (!span) return false;
  const covered = tokens.filter((t) => t.end > span.start && t.start < span.end);
  return covered.length > 0 && covered.every((t) => t.label === 'author');
}

/** The model's labels settle a field the rules read otherwise when it is at least this sure of every token where the two differ. */
const SURE_WHERE_DIFFERENT = 0.8;

/**
 * The rules' reading of a field (`field`, as found in `text` after the body's start) and the labeller's run
 * of it (`run`, labelled one of `labels`) differ on some tokens, and on each of those the labeller is sure of
 * its label: the title "Social Origins of Dictatorship and Democracy (Harmondsworth: Penguin)" the rules read
 * goes on over a place and a publisher the labeller is sure of, the title "Unsettling Opera: Staging Mozart,
 * Verdi, Wagner" stops at a comma the labeller is sure the title goes on after. A field where the labeller
 * is unsure as a whole (its least sure token) is then still read where it is sure.
 */
function sureWhereRulesDiffer(text: string, tokens: readonly LabelledToken[], field: string, run: EntryField, labels: readonly string[]): boolean {
  const span = ruleFieldSpan(text, tokens, field);
  if (!span) return false;
  const differ = tokens.filter((t) => {
    const inRules = t.end > span.start && t.start < span.end;
    const inModel = t.end > run.start && t.start < run.end && labels.includes(t.label);
    return inRules !== inModel && /[\p{L}\d]/u.test(t.text);
  });
  return differ.length > 0 && differ.every((t) => t.confidence >= SURE_WHERE_DIFFERENT);
}

/** A token that closes a field: it ends in a separator (".", ",", ":", ";", "?", "!", before any closing quotes or brackets) that is not an abbreviation's dot. */
function closesField(token: string): boolean {
  const m = /([.,:;?!])["'\u201d\u2019)\]]*$/u.exec(token);
  if (!m) return false;
  return m[1] !== '.' || !isAbbreviation(token.slice(0, m.index).replace(/^["'\u201c\u2018\u00ab([]+/u, ''));
}

/** One person written given names first, with an initial: "Lawrence A. Cunningham", "Mary-Jo E. F. Smith,". */
const GIVEN_FIRST_PERSON = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? (?:\p{Lu}\. ?){0,3})(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[.,;]?$|,? (?:and|&|e|y|et|und) |, )/u;

/** The first person of `span` when written given names first, with an initial or a known given name (see {@link GIVEN_FIRST_PERSON}). */
function givenFirstPerson(span: string): RegExpExecArray | undefined {
  const one = GIVEN_FIRST_PERSON.exec(span);
  return one && (one[1].includes('.') || isGivenName(one[1].trim().split(' ')[0].toLowerCase())) ? one : undefined;
}

/** A journal's volume and number at the end of a title: ", vol. 104, no.1". */
const TITLE_NUMBERS = /,? (?:vol\.|volume) ?(\d{1,5})(?:, ?(?:no\.|n[º°]|issue) ?\d{1,5})?$/i;

/** A place after a meeting's name, as its last sentence: ". Calgary", ". Cape Town". */
const CONTAINER_PLACE = /(?<=[\p{Ll}\d)]{2})\. (\p{Lu}\p{Ll}[\p{L}'-]*(?:,? \p{Lu}[\p{L}'-]+){0,2})$/u;

/** Index of the last sentence boundary of `s` (see sentenceEnd), or -1. */
function lastSentenceEnd(s: string): number {
  let last = -1;
  for (let at = sentenceEnd(s); at >= 0; at = sentenceEnd(s, at + 1)) last = at;
  return last;
}

/** Articles and prepositions, as written without punctuation: a title does not end on one. */
const TITLE_NEVER_ENDS = new Set('a an the of in on at to for with from by and or de du des la le les au aux et da do das dos em na no del el los las y en der die und im am zur zum von für di della dei'.split(' '));

/**
 * The dot of an initialism or an abbreviation joins no fields ("the Age of U.S. Primacy. International
 * Security"): where the labels end a title on one and a journal or book follows, the title goes on to
 * the next token that closes a field, when the journal or book still has words after it. A title that
 * itself ends on an initialism ("Power and the U.S., Foreign Affairs") keeps its end: its comma closes it.
 * Likewise a title labelled to end on a colon ("China in the New World Order: the Changing Nature of Chinese
 * Foreign Policy. Revista Daxiyangguo") goes on through its subtitle.
 */
/**
 * A title run that goes on past its own end: past the closing quote of a quoted title that ends a sentence (Chicago
 * and MLA: "“Catullus Online.” Society for Classical Studies.") or past a bar a web page's title gives its site or
 * journal after ("… A research agenda | Educational Psychology Review."). What follows is the container, when the
 * entry names none elsewhere, else a note.
 */
function endTitleAtItsMark(tokens: LabelledToken[]): void {
  const hasContainer = tokens.some((t) => t.label === 'journal' || t.label === 'container-title');
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].label !== 'title' || (i > 0 && tokens[i - 1].label === 'title')) continue;
    let end = i;
    while (end + 1 < tokens.length && tokens[end + 1].label === 'title') end++;
    let cut = -1;
    // The quote the title opens with (“, „, « or "), followed to where it closes (quotes inside it counted: "„Wir
    // hören einander zu“ - Lehrlingsprojekt „Hörbild“."); the title ends there when a full stop or comma closes with
    // it, inside the quote or, after a typographic quote, just outside ("Online.”", "Theoretiker.“ In:", "Choralité
    // »,"; not ASCII's "Hamburg". before a subtitle).
    let depth = /^["\u201c\u201e\u00ab]/u.test(tokens[i].text) ? 1 : 0;
    for (let k = i; k < end; k++) {
      const t = tokens[k].text;
      if (k > i && /^["\u201c\u201e\u00ab]/u.test(t)) depth++;
      if (depth > 0 && /["\u201d\u201c\u00bb][.,;:?!]*$/u.test(t) && (k > i || t.length > 1)) {
        depth--;
        if (depth === 0) {
          if (/(?:[.,?!]["\u201d\u201c\u00bb]|[\u201d\u201c\u00bb][.,])$/u.test(t)) cut = k;
          else if (k === i || !/^\p{L}/u.test(tokens[k + 1].text)) break;
          if (cut >= 0) break;
        }
      }
      if (k > i && tokens[k + 1].text === '|') {
        cut = k + 1;
        break;
      }
    }
    if (cut < 0 || cut >= end) continue;
    const rest = tokens.slice(cut + 1, end + 1);
    if (!rest.some((t) => /\p{L}/u.test(t.text))) continue;
    // The container runs to its own end (a full stop, or a comma before a number: "Humanity, 146-60"), and holds a
    // word ("s. d." is none); what the title run held after that is a note.
    let stop = cut + 1;
    while (stop < end && !/\.$/.test(tokens[stop].text) && !(/,$/.test(tokens[stop].text) && /^\d/.test(tokens[stop + 1].text))) stop++;
    const named = tokens.slice(cut + 1, stop + 1).some((t) => /\p{L}{2}/u.test(t.text));
    const label = hasContainer || !named ? 'note' : 'container-title';
    if (tokens[cut].text === '|') tokens[cut] = { ...tokens[cut], label };
    for (let k = cut + 1; k <= end; k++) tokens[k] = { ...tokens[k], label: k <= stop ? label : 'note' };
    i = end;
  }
}

function mendTitleEnd(tokens: LabelledToken[]): void {
  // A title, a journal or a book never ends on an article or a preposition ("… la situation linguistique au |
  // Québec, Montréal", "2005 IEEE mid-summer workshop on | soft computing …"), nor on the first half of a
  // compound ("Micro- | and Macro-Sociologies"): it goes on to the next token that closes a field.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const label = tokens[i].label;
    if ((label !== 'title' && label !== 'journal' && label !== 'container-title') || tokens[i + 1].label === label) continue;
    if (!TITLE_NEVER_ENDS.has(tokens[i].text) && !/\p{L}{2}-$/u.test(tokens[i].text)) continue;
    let j = i + 1;
    while (j < tokens.length && j < i + 6 && !closesField(tokens[j].text)) j++;
    if (j >= tokens.length || j >= i + 6) continue;
    for (let k = i + 1; k <= j; k++) tokens[k] = { ...tokens[k], label };
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1].label;
    if (tokens[i].label !== 'title' || (next !== 'journal' && next !== 'container-title')) continue;
    const word = tokens[i].text.replace(/^["'\u201c\u2018\u00ab([]+/u, '');
    // A title does not end on an abbreviation's dot, nor on a colon: a colon opens its subtitle.
    if (!word.endsWith(':') && (!word.endsWith('.') || !isAbbreviation(word.slice(0, -1)))) continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j].label === next && !closesField(tokens[j].text)) j++;
    if (j + 1 >= tokens.length || tokens[j].label !== next || tokens[j + 1].label !== next) continue;
    for (let k = i + 1; k <= j; k++) tokens[k] = { ...tokens[k], label: 'title' };
    i = j;
  }
}

/** The CSL type from the fields the labeller found, with the rule parser's word lists for kinds of work. */
function typeFromFields(text: string, f: Fields, m: ModelFields, links: Links, accessed: boolean, date: YearInfo | undefined): { type: string; guessed: boolean } {
  const textOf = (...labels: string[]): string => m.runs.filter((r) => labels.includes(r.label)).map((r) => r.text).join(' ');
  const around = textOf('genre', 'note', 'publisher', 'container-title', 'journal', 'collection-title', 'source');
  if (INTERVIEW_RE.test(textOf('genre', 'note', 'title'))) return { type: 'interview', guessed: false };
  // A code repository is software, whatever else the entry names.
  if (links.url && /^(?:https?:\/\/)?(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org)\//i.test(links.url)) return { type: 'software', guessed: false };
  if (!f.volume && !f.issue && THESIS_RE.test(around)) return { type: 'thesis', guessed: false };
  if (isSoftware(text, f, links) && !m.journal) return { type: 'software', guessed: false };
  if (f.container && CONFERENCE_RE.test(f.container)) return { type: 'paper-conference', guessed: false };
  if (!f.container && CONFERENCE_RE.test(textOf('genre', 'note'))) return { type: 'paper-conference', guessed: false };
  // MLA's medium "Web." after the container: a page on a site, not an issue of a journal.
  if (!f.volume && !f.issue && m.runs.some((r) => (r.label === 'note' || r.label === 'medium') && /(?:^|[.,] )Web\.(?: |$)/.test(r.text))) return { type: 'webpage', guessed: false };
  // A publisher that is only the kind of report ("… “Expense Shocks Matter.” Working Paper.") says the kind too.
  if (!f.container && (REPORT_RE.test(textOf('genre', 'note', 'collection-title')) || REPORT_ALONE_RE.test(textOf('publisher')) || (REPORT_RE.test(f.title ?? '') && f.publisher))) return { type: 'report', guessed: false };
  if (f.container) {
    if (!f.volume && !f.issue && date?.month !== undefined && date.day !== undefined && !f.editors && !f.publisher) return { type: 'article-newspaper', guessed: false };
    if (f.volume && f.issue && !f.editors && !f.publisher) return { type: 'article-journal', guessed: false };
    if (m.journal) {
      if (!f.volume && !f.issue && date?.month !== undefined && date.day !== undefined) return { type: 'article-newspaper', guessed: false };
      return { type: 'article-journal', guessed: false };
    }
    if (f.editors || f.inClause || f.publisher || m.labels.has('editor')) return { type: 'chapter', guessed: false };
    if (f.volume || f.issue || links.doi) return { type: 'article-journal', guessed: false };
    if (links.url) return { type: 'webpage', guessed: true };
    if (f.page) return { type: 'chapter', guessed: true };
    return { type: 'article-journal', guessed: true };
  }
  if (f.publisher) return { type: 'book', guessed: false };
  if (links.url || links.doi) return { type: 'webpage', guessed: !accessed };
  void text;
  return { type: 'book', guessed: true };
}

// ---------------------------------------------------------------------------------------------
// Links and access dates

interface Links {
  readonly rest: string;
  readonly url?: string;
  readonly doi?: string;
}

function extractLinks(s: string): Links {
  let url: string | undefined;
  let doi: string | undefined;
  let rest = s;
  const urlMatch = /(?:https?:\/\/|www\.)[^\s<>"\u201d]{2,600}/i.exec(rest);
  if (urlMatch) {
    let u = urlMatch[0];
    u = trimUrl(u);
    const doiUrl = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\S{3,300})$/i.exec(u);
    if (doiUrl) doi = doiUrl[1];
    else url = u;
    rest = rest.slice(0, urlMatch.index) + rest.slice(urlMatch.index + u.length);
  }
  if (!doi) {
    const d = /\b(?:doi:\s?|DOI\s)?(10\.\d{4,9}\/[^\s"<>]{1,300})/.exec(rest);
    if (d) {
      doi = trimUrl(d[1]);
      rest = rest.slice(0, d.index) + rest.slice(d.index + d[0].length);
    }
  }
  if (url || doi) {
    // Phrases that only announced the link: "Available at:", "Retrieved from", "Disponível em:".
    rest = rest
      .replace(LINK_INTRO_PHRASE_RE, ' ')
      .replace(/\[\s?(?:online|en línea|em linha)\s?\]/gi, ' ');
  }
  if (url || doi) rest = tidyHoles(rest);
  const out: { rest: string; url?: string; doi?: string } = { rest };
  if (url) out.url = url;
  if (doi) out.doi = doi;
  return out;
}

/** Tidies the punctuation left where a link or a phrase was cut out: "Title. ." → "Title.", "X ," → "X,". */
function tidyHoles(s: string): string {
  return s
    .replace(/\s{2,}/g, ' ')
    .replace(/ ([.,;])/g, '$1')
    .replace(/([.,;:])\s?\1(?=\s|$)/g, '$1')
    .replace(/[,;:]\s?\.(?=\s|$)/g, '.')
    .trim();
}

function trimUrl(u: string): string {
  let out = u;
  for (let k = 0; k < 5; k++) {
    const last = out.charAt(out.length - 1);
    if (/[.,;:'\u2019\]>]/.test(last)) out = out.slice(0, -1);
    else if (last === ')' && count(out, '(') < count(out, ')')) out = out.slice(0, -1);
    else break;
  }
  return out;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === ch) n++;
  return n;
}

/** Removes "accessed 3 March 2020", "[Accessed 3 March 2020]", "Acesso em: 3 mar. 2020", "Acesso 10 mar. 2017" and reads the date. */
function extractAccessed(s: string): { rest: string; found: boolean; date?: number[] } {
  const m = ACCESSED_IN_ENTRY_RE.exec(s);
  if (!m) return { rest: s, found: false };
  let start = m.index;
  // Include an opening bracket or parenthesis right before.
  const before = s.slice(Math.max(0, start - 2), start);
  if (/[[(]\s?$/.test(before)) start -= before.length - before.search(/[[(]/);
  let end = m.index + m[0].length;
  const limit = Math.min(s.length, end + 60);
  while (end < limit) {
    const ch = s[end];
    if (ch === ']' || ch === ')') {
      end++;
      break;
    }
    if (ch === '.' && (end + 1 >= s.length || s[end + 1] === ' ') && !/\b\p{L}{1,4}$/u.test(s.slice(end - 4, end))) {
      end++;
      break;
    }
    end++;
  }
  const phrase = s.slice(m.index + m[0].length, end);
  const date = findDateParts(phrase);
  const rest = tidyHoles(s.slice(0, start) + ' ' + s.slice(end));
  return date ? { rest, found: true, date } : { rest, found: true };
}

// ---------------------------------------------------------------------------------------------
// Years

/** An organisation's abbreviation: one word in capitals, digits and "&" allowed ("WHO", "CGI.br" is not one). */
const ABBREVIATION = /^\p{Lu}[\p{Lu}\d&-]{1,11}$/u;

/**
 * An organisation written with its alias in brackets before the year: "Name [ABBR]", "ABBR [Name]",
 * "ABBR (Name)". Gives the full name (the one a reference list spells out), the abbreviation, and
 * where the alias ends. Only a bracket closed before the year counts, and one side must be a single
 * word in capitals while the other has several words.
 */
function readOrganisationAlias(s: string): { name: string; abbreviation: string; end: number } | undefined {
  const limit = Math.min(s.length, 240);
  let open = -1;
  for (let i = 0; i < limit; i++) {
    const c = s[i];
    if (c === '[' || c === '(') {
      open = i;
      break;
    }
    if (c === ',' || c === ';' || c === '.' && i > 0 && s[i + 1] === ' ') return undefined;
  }
  if (open <= 0) return undefined;
  const close = s.indexOf(s[open] === '[' ? ']' : ')', open + 1);
  if (close < 0 || close > limit) return undefined;
  const outer = s.slice(0, open).trim();
  const inner = s.slice(open + 1, close).trim();
  if (!readYearAt(s, skipPunct(s, close + 1))) return undefined;
  const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;
  if (ABBREVIATION.test(inner) && words(outer) >= 2) return { name: outer, abbreviation: inner, end: close + 1 };
  if (ABBREVIATION.test(outer) && words(inner) >= 2 && !/[\d,;]/.test(inner)) return { name: inner, abbreviation: outer, end: close + 1 };
  return undefined;
}

function skipPunct(s: string, i: number): number {
  let j = i;
  while (j < s.length && j < i + 12 && /[\s.,:;]/.test(s[j])) j++;
  return j;
}

const ORIGINAL_NOTE = /\(?\b(?:original(?:ly)? (?:work )?published(?: in)?|first published(?: in)?|orig\. publ\.|erstmals (?:erschienen|veröffentlicht)|publicado originalmente(?: em| en)?|publié pour la première fois(?: en)?)\s?(1[5-9]\d\d|20\d\d)\)?\.?/i;
const BARE_YEAR = /^(1[5-9]\d\d|20\d\d)([a-z]?)(?![\p{L}\d])/u;

/** What {@link readYearAt} read, with the reprint's original year when the year is a reprint's. */
interface YearAt {
  readonly info: YearInfo;
  readonly end: number;
  readonly original?: number;
}

/**
 * A reprint's two years after the names: "(1905) 1930", "[1905] 1930" (original first, in brackets)
 * and "1930 [1905]" (the edition's year first). The edition's year is the issued year, the
 * bracketed one the original. `first` is the year expression read at `at`.
 */
function readReprint(s: string, at: number, first: YearAt): YearAt {
  const year = first.info.year;
  if (year === undefined || first.info.month !== undefined || first.original !== undefined) return first;
  const bracketed = s.charAt(at) === '(' || s.charAt(at) === '[';
  let j = first.end;
  while (j < s.length && j < first.end + 3 && s[j] === ' ') j++;
  if (bracketed) {
    // Only a space between, a later year, and the year ends its sentence: "(2010). 1968 and after"
    // and "(2010) 1968 and after" are a year and a title.
    const second = BARE_YEAR.exec(s.slice(j, j + 8));
    if (!second || j === first.end || Number(second[1]) <= year) return first;
    if (!/^(?:[.,]|$)/.test(s.slice(j + second[0].length, j + second[0].length + 1))) return first;
    const info: { year: number; suffix?: string } = { year: Number(second[1]) };
    if (second[2]) info.suffix = second[2];
    return { info, end: j + second[0].length, original: year };
  }
  const open = s.charAt(j);
  if (open !== '[' && open !== '(') return first;
  const inner = /^[[(](1[5-9]\d\d|20\d\d)[\])]/.exec(s.slice(j, j + 8));
  if (!inner || Number(inner[1]) >= year) return first;
  return { info: first.info, end: j + inner[0].length, original: Number(inner[1]) };
}

/** A year expression starting at `i`: "(2005)", "(Summer 2005)", "2010a.", "(n.d.)", APA's reprint "(1900/1953)". */
function readYearAt(s: string, i: number): YearAt | undefined {
  const ch = s.charAt(i);
  if (ch === '(' || ch === '[') {
    const close = s.indexOf(ch === '(' ? ')' : ']', i + 1);
    if (close < 0 || close - i > 45) return undefined;
    const inside = s.slice(i + 1, close);
    // "(1900/1953)": originally published 1900, this edition 1953; "(2013/2014)" is a span of a year.
    const two = /^\s?(1[5-9]\d\d|20\d\d)\s?\/\s?(1[5-9]\d\d|20\d\d)([a-z]?)\s?$/.exec(inside);
    if (two && Number(two[2]) - Number(two[1]) >= 2) {
      const info: { year: number; suffix?: string } = { year: Number(two[2]) };
      if (two[3]) info.suffix = two[3];
      return { info, end: close + 1, original: Number(two[1]) };
    }
    if (two && Number(two[2]) > Number(two[1])) return { info: { year: Number(two[1]) }, end: close + 1 };
    // Harvard's reprints inside the parentheses: "(1887 [1867])" and "([1867] 1887)".
    const after = /^\s?(1[5-9]\d\d|20\d\d)([a-z]?)\s?\[(1[5-9]\d\d|20\d\d)\]\s?$/.exec(inside);
    const before = /^\s?\[(1[5-9]\d\d|20\d\d)\]\s?(1[5-9]\d\d|20\d\d)([a-z]?)\s?$/.exec(inside);
    if (after || before) {
      const [issued, suffix, first] = after ? [after[1], after[2], after[3]] : [before![2], before![3], before![1]];
      const info: { year: number; suffix?: string } = { year: Number(issued) };
      if (suffix) info.suffix = suffix;
      return { info, end: close + 1, original: Number(first) };
    }
    const info = readDateExpression(inside);
    return info ? { info, end: close + 1 } : undefined;
  }
  const nd = readNoDate(s.slice(i, i + 30));
  if (nd) return { info: { literal: nd.literal }, end: i + nd.length };
  const m = BARE_YEAR.exec(s.slice(i, i + 8));
  if (!m) return undefined;
  // "2010, March 3." after the names (Chicago with a full date) keeps only the year here.
  const info: { year: number; suffix?: string } = { year: Number(m[1]) };
  if (m[2]) info.suffix = m[2];
  return { info, end: i + m[0].length };
}

/** The one year the labeller reads in the tokens it labels as the date, when it reads one; undefined otherwise. */
function labelledYear(labelled: readonly LabelledToken[]): number | undefined {
  const years = new Set<number>();
  for (const t of labelled) {
    if (t.label !== 'date') continue;
    for (const m of t.text.matchAll(/(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)/g)) years.add(Number(m[1]));
  }
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * The publication year when it does not follow the names (ABNT "Cidade: Editora, 2010.", MLA
 * "…, vol. 8, no. 4, 2010, pp.", or the seed's "Volume 8, No. 4 (2010)"). Years in ranges
 * ("1830–1870", "2013/2014") count only where no year stands alone; of several, the one the labeller
 * reads as the date (`prefer`) when it reads one ("Nano Lett. 2010, 10, 1979.": 2010, not the page;
 * "2 Aug. 2006, Web. 29 Sept. 2016": the publication, not the access), else one in parentheses, else the
 * last one. The year is cut out of the returned body so that it does not end up in a title or a publisher.
 */
function findYearInBody(body: string, prefer?: number): { info: YearInfo; rest: string; ambiguous: boolean } | undefined {
  const re = /(1[5-9]\d\d|20\d\d)([a-z]?)(?![\p{L}\d])/gu;
  let candidates: { index: number; length: number; year: number; suffix: string; paren: boolean; quoted: boolean }[] = [];
  // Years in a range or a numeric date ("1988–1992", "1889-96", "1999/2000", "25/04/2013"): the entry's year only when
  // no year stands alone (a range in a title, "Revolution, 1917-1921", is a period, not the publication's).
  const spans: typeof candidates = [];
  const quoted = quotedRanges(body);
  for (let m = re.exec(body); m !== null && candidates.length < 50; m = re.exec(body)) {
    const before = body.charAt(m.index - 1);
    const after = body.charAt(m.index + m[0].length);
    if (/[\d\p{L}]/u.test(before)) continue;
    const open = body.lastIndexOf('(', m.index);
    const closeBefore = body.lastIndexOf(')', m.index);
    const close = body.indexOf(')', m.index);
    const paren = open >= 0 && open > closeBefore && m.index - open <= 25 && close >= 0 && close - m.index <= 25;
    const at = m.index;
    const candidate = { index: at, length: m[0].length, year: Number(m[1]), suffix: m[2], paren, quoted: quoted.some(([a, b]) => at > a && at < b) };
    // Spaced around its dash too, between two years: "Cours au Collège de France, 1981 - 1982".
    const rangeEnd = (/[-\u2013\u2014/]/.test(before) && /\d/.test(body.charAt(m.index - 2))) || /(?<!\d)\d{4} [-\u2013\u2014] $/.test(body.slice(Math.max(0, m.index - 8), m.index));
    const rangeStart = (/[-\u2013\u2014/]/.test(after) && /\d/.test(body.charAt(m.index + m[0].length + 1))) || /^ [-\u2013\u2014] \d{4}(?!\d)/.test(body.slice(m.index + m[0].length, m.index + m[0].length + 8));
    if (rangeEnd || rangeStart) {
      // The first year of a range; the year of a numeric date ("25/04/2013", its last part).
      const dateStart = rangeEnd ? /(?<!\d)\d{1,2}[/.]\d{1,2}[/.]$/.exec(body.slice(Math.max(0, m.index - 6), m.index)) : null;
      if (dateStart) spans.push({ ...candidate, index: at - dateStart[0].length, length: candidate.length + dateStart[0].length });
      else if (rangeStart && !rangeEnd) spans.push(candidate);
      continue;
    }
    candidates.push(candidate);
  }
  if (candidates.length === 0 && spans.length > 0) candidates = spans.filter((c) => !c.quoted).slice(-1);
  // A year inside a bracket that gives a translation or another edition ("Paris: Grasset, 1981 (Trad. cast. …
  // Barcelona: Anagrama, 1982)") is that edition's, when a year stands outside it.
  const inEditionNote = (c: { index: number }): boolean => EDITION_NOTE_RE.test(openBracketBefore(body, c.index).slice(0, 40));
  if (candidates.length > 1 && candidates.some((c) => !inEditionNote(c))) candidates = candidates.filter((c) => !inEditionNote(c));
  // A year inside a quoted title ("Teens, Social Media & Technology 2018.") is not the publication's
  // when another year stands outside the quotes.
  if (candidates.some((c) => !c.quoted)) candidates = candidates.filter((c) => !c.quoted);
  if (candidates.length === 0) {
    const nd = UNDATED_ANYWHERE.exec(body);
    if (!nd) return undefined;
    const at = nd.index + nd[0].indexOf(nd[1]);
    return { info: { literal: nd[1] }, rest: cutOut(body, at, nd[1].length), ambiguous: false };
  }
  const preferred = candidates.length > 1 && prefer !== undefined ? candidates.filter((c) => c.year === prefer) : [];
  const chosen = (preferred.length === 1 ? preferred[0] : undefined) ?? candidates.find((c) => c.paren && isLoneDateParen(body, c.index)) ?? candidates.find((c) => c.paren) ?? candidates[candidates.length - 1];
  const info: { year: number; suffix?: string } = { year: chosen.year };
  if (chosen.suffix) info.suffix = chosen.suffix;
  let rest: string;
  if (chosen.paren && isLoneDateParen(body, chosen.index)) {
    const open = body.lastIndexOf('(', chosen.index);
    const close = body.indexOf(')', chosen.index);
    rest = cutOut(body, open, close + 1 - open);
  } else {
    rest = cutOut(body, chosen.index, chosen.length);
  }
  return { info, rest, ambiguous: candidates.length > 1 && !chosen.paren };
}

/** The spans of the quoted passages of `s` (straight or curly double quotes, guillemets); at most 10. */
function quotedRanges(s: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  let close = '';
  for (let i = 0; i < s.length && out.length < 10; i++) {
    const ch = s[i];
    if (open < 0) {
      if (ch === '"' || ch === '\u201c' || ch === '\u00ab' || ch === '\u201e') {
        open = i;
        close = ch === '\u00ab' ? '\u00bb' : ch === '"' ? '"' : '\u201d';
      }
    } else if (ch === close || (close === '\u201d' && ch === '"')) {
      out.push([open, i]);
      open = -1;
    }
  }
  return out;
}

/** True when the parentheses around the year at `at` hold only a date ("(2010)", "(Summer 2005)"). */
function isLoneDateParen(body: string, at: number): boolean {
  const open = body.lastIndexOf('(', at);
  const close = body.indexOf(')', at);
  if (open < 0 || close < 0) return false;
  return readDateExpression(body.slice(open + 1, close)) !== undefined;
}

/** Removes `length` characters at `at` and tidies the punctuation left around the hole. */
function cutOut(s: string, at: number, length: number): string {
  const left = trimEndChars(s.slice(0, at), ' ,;:');
  const right = s.slice(at + length).replace(/^\s+/, '');
  if (right === '' || /^[.,;:)]/.test(right)) return (left + right).trim();
  return (left + ' ' + right).trim();
}

// ---------------------------------------------------------------------------------------------
// Title, container, numbers, publisher

const QUOTE_PAIRS: Record<string, string> = { '\u201c': '\u201d', '"': '"', '\u2018': '\u2019', "'": "'", '\u00ab': '\u00bb', '\u201e': '\u201c', '\u201a': '\u2018', '\u2039': '\u203a' };

/** A quoted title at the start of `s`: its text and the index after the closing quote, or undefined. */
function quotedAt(s: string): { text: string; end: number } | undefined {
  const open = s.charAt(0);
  const close = QUOTE_PAIRS[open];
  if (!close) return undefined;
  const limit = Math.min(s.length, 600);
  for (let i = 1; i < limit; i++) {
    const ch = s[i];
    const matches = ch === close || (open === '\u201c' && ch === '"') || (open === '\u201e' && ch === '\u201d') || (open === '"' && ch === '\u201d');
    if (!matches) continue;
    // A single quote closes only before punctuation or a space: "'Women's work'" keeps its apostrophe.
    if ((close === "'" || close === '\u2019') && /\p{L}/u.test(s.charAt(i + 1))) continue;
    return { text: s.slice(1, i), end: i + 1 };
  }
  return undefined;
}

/**
 * Index of the first sentence boundary at or after `from`: a '.', '?' or '!' followed by a space and a
 * capital, digit, quote or bracket, outside brackets, not after an initial or an abbreviation. The
 * index is that of the punctuation; -1 when there is none.
 */
function sentenceEnd(s: string, from = 0): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const ch = s[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (depth > 0 || (ch !== '.' && ch !== '?' && ch !== '!')) continue;
    if (s.charAt(i + 1) !== ' ') continue;
    const next = s.charAt(i + 2);
    if (!/[\p{Lu}\d"\u201c\u201e\u00ab'\u2018([]/u.test(next)) continue;
    if (ch === '.') {
      let k = i;
      while (k > 0 && /[\p{L}.]/u.test(s[k - 1]) && i - k < 20) k--;
      const word = s.slice(k, i);
      if (isAbbreviation(word)) continue;
    }
    return i;
  }
  return -1;
}

function isAbbreviation(word: string): boolean {
  if (word === '') return false;
  // Initials: "G", "T.V", "U.S", "J.-L".
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.){1,4}\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

interface Cue {
  readonly index: number;
  readonly kind: 'volume' | 'pages';
}

/** Patterns that mark the numbers of a journal or a book part, found after the container's name. */
const VOLUME_CUES: readonly RegExp[] = [
  /[,;.]?\s(?:vol\.?|volume|v\.|bd\.|jg\.|tomo|t\.)\s?\d/i,
  /[,;]\s(?:no\.?|n[º°o]\.?|n\.|nr\.?|issue|heft|núm\.?|num\.?|número)\s?\d/i,
  /[,;]?\s\d{1,5}\s?\(\d{1,4}(?:[-\u2013/]\d{1,4})?\)/,
  /[,;]?\s\d{1,5}:\s?\d/,
  /,\s\d{1,5},\s(?:pp?\.|S\.|article|art\.|e\d|\d)/i,
  /,\s\(\d{1,4}\)/,
  /\s\d{1,5},\s(?:no\.?|n[º°o]\.?|issue)\s?\d/i,
  /\s\d{1,5}\.\d{1,4}(?=:|\s?\(|,\s)/,
];
const PAGE_CUES: readonly RegExp[] = [/[,;.:]?\s(?:pp?\.|S\.|págs?\.|pg\.)\s?\d/, /,\s\d{1,6}\s?[-\u2013\u2014]\s?\d{1,6}\.?$/];

function firstCue(s: string): Cue | undefined {
  let best: Cue | undefined;
  for (const re of VOLUME_CUES) {
    const m = re.exec(s);
    if (!m) continue;
    // "No. 4 (2010)" is an issue followed by a year, not volume 4 issue 2010.
    if (re === VOLUME_CUES[2] && /\(\s?(1[5-9]\d\d|20\d\d)\)/.test(m[0])) continue;
    if (!best || m.index < best.index) best = { index: m.index, kind: 'volume' };
  }
  for (const re of PAGE_CUES) {
    const m = re.exec(s);
    if (m && (!best || m.index < best.index)) best = { index: m.index, kind: 'pages' };
  }
  return best;
}

const IN_CLAUSE = /(?:^|[.,;]\s)(?:in|em|en|dans|im)\s?:?\s(?=[\p{L}"\u201c\u00ab'\u2018*_])/iu;
const EDITED_BY = /,?\s(?:edited by|ed\. by|eds?\.|hrsg\. von|hg\. von|herausgegeben von|org\. por|orgs\. por|organizado por|editado por|ed\. por|édité par|sous la direction de|a cura di)\s/i;
/** A package's page on a package archive: CRAN, Bioconductor, PyPI. */
const PACKAGE_ARCHIVE = /^(?:https?:\/\/)?(?:www\.)?(?:cran\.r-project\.org\/(?:web\/packages\/|package=)|bioconductor\.org\/packages\/|pypi\.org\/project\/)/i;
/** What only a program's entry says: "R package version 0.3.0", "R Foundation for Statistical Computing". */
const SOFTWARE_WORDS = /\bR package version\b|\bR Foundation for Statistical Computing\b|\bPython package version\b/i;

/**
 * A program, as R's and Python's citations print it: its archive's page or "R package version …", and no journal's
 * volume or issue ("brms: An R package for Bayesian multilevel models. Journal of Statistical Software, 80(1)" is an article).
 */
function isSoftware(text: string, f: Fields, links: Links): boolean {
  if (f.volume || f.issue) return false;
  return PACKAGE_ARCHIVE.test(links.url ?? '') || SOFTWARE_WORDS.test(text);
}

/** A run that opens with a volume and its number ("Bd. II:", "Vol. 3", "Band 1", "Tome IV"). */
const VOLUME_RUN = /^(?:vol(?:ume)?|band|bd|tome|tomo|teil|part)\.?\s*(?:\d{1,3}|[IVXLC]{1,6})\b/i;

const EDITION = /\(?\b(\d{1,2})(?:st|nd|rd|th|ª|a|e|è|\.)?,?\s(?:\p{L}{2,12}\.\s)?(?:ed\.|edn\.?|edition|edição|edición|éd\.|aufl\.|auflage)\)?/iu;

const EDITION_WORD = /ed\.|edn|edition|edição|edición|éd\.|aufl/i;

function parseBody(input: string): Fields {
  const f: Fields = {};
  let body = input.trim();
  // The keyword first: the full pattern, tried at every digit, is slow on long bodies.
  const ed = EDITION_WORD.test(body) ? EDITION.exec(body) : null;
  if (ed) {
    f.edition = ed[1];
    body = cutOut(body, ed.index, ed[0].length);
  }
  if (body === '') return f;

  // 1. The title.
  let after: string;
  const quoted = quotedAt(body);
  if (quoted) {
    f.title = tidy(quoted.text);
    after = body.slice(quoted.end);
  } else {
    const cue = firstCue(body);
    const inClause = IN_CLAUSE.exec(body);
    const inAt = inClause && inClause.index > 0 && (!cue || inClause.index < cue.index) ? inClause.index : -1;
    let end = sentenceEnd(body);
    if (end >= 0 && (body[end] === '?' || body[end] === '!')) {
      // A question ends the title only when the journal follows it; else it is a title and subtitle.
      const second = sentenceEnd(body, end + 1);
      if (second >= 0 && (!cue || second < cue.index) && (inAt < 0 || second < inAt)) end = second;
      else if (second < 0 && !cue && inAt < 0) end = -1;
    }
    if (inAt >= 0) {
      // Everything before "In" is the title (German lists put a subtitle after a full stop).
      f.title = tidy(body.slice(0, inAt + 1));
      after = body.slice(inAt + 1);
    } else if (end >= 0 && (!cue || end < cue.index)) {
      f.title = tidy(body.slice(0, end + (body[end] === '.' ? 0 : 1)));
      after = body.slice(end + 1);
      if (!cue) {
        // A book: the title may run over full stops into a subtitle, up to the publisher
        // ("Netzübernahmen. Eine vergleichende Analyse. Baden-Baden: Nomos.").
        const extended = bookTitleEnd(body, end);
        if (extended > end) {
          f.title = tidy(body.slice(0, extended + (body[extended] === '.' ? 0 : 1)));
          after = body.slice(extended + 1);
        }
      }
    } else {
      const comma = titleComma(body);
      if (cue && (comma < 0 || comma >= cue.index)) {
        // "China and Eurasia Forum Quarterly, Volume 8": no title, the container comes first.
        f.titleUncertain = true;
        after = body;
      } else if (comma >= 0) {
        f.title = tidy(body.slice(0, comma));
        after = body.slice(comma + 1);
        f.titleUncertain = !cue && !placePublisher(after) && !looksLikePlaceAndPublisher(after);
      } else {
        f.title = tidy(body);
        after = '';
      }
    }
  }
  after = after.replace(/^[\s.,;:]+/, '');
  if (after === '') return f;

  // 2. "In" with editors: a chapter or a paper in proceedings.
  const inStart = /^(?:in|em|en|dans|im)\s?:?\s/i.exec(after);
  if (inStart) {
    f.inClause = true;
    after = after.slice(inStart[0].length);
    const editors = readNames(after, { givenFirst: true });
    if (editors && editors.editors && editors.names.length > 0) {
      f.editors = editors.names;
      after = after.slice(editors.end).replace(/^[\s.,;:]+/, '');
    }
    const q = quotedAt(after);
    if (q) {
      f.container = tidy(q.text);
      after = after.slice(q.end);
    } else {
      const stop = containerStop(after);
      f.container = tidy(after.slice(0, stop));
      after = after.slice(stop);
    }
    const by = EDITED_BY.exec(after);
    if (by && by.index < 5) {
      const names = readNames(after.slice(by.index + by[0].length), { givenFirst: true });
      if (names && names.names.length > 0) {
        f.editors = [...(f.editors ?? []), ...names.names];
        after = after.slice(by.index + by[0].length + names.end);
      }
    }
  } else {
    const report = REPORT_RE.exec(after);
    const firstComma = topLevelComma(after);
    if (report && (report.index < 3 || ((firstComma < 0 || report.index < firstComma) && report.index < 40 && !JOURNAL_WORD_RE.test(after.slice(0, report.index))))) {
      // "Working Paper, No. 165, …", "SIPRI Policy Paper 42": the series is the genre, not a journal.
      f.genre = tidy(after.slice(0, report.index + report[0].length));
      after = after.slice(report.index + report[0].length);
      const num = /^[\s,.]{0,3}(?:no\.?|n[º°]\.?|nr\.?|#|number)?\s?(\d{1,6}[\w\-/]{0,8})/i.exec(after);
      if (num) {
        f.number = num[1];
        after = after.slice(num[0].length);
      }
    } else {
      const cue = firstCue(after);
      if (cue && cue.index > 0) {
        const pre = tidy(after.slice(0, cue.index));
        const hasNumbers = cue.kind === 'volume' || firstVolumeCue(after.slice(cue.index)) !== undefined;
        if (!hasNumbers && pre !== '') {
          // Pages only: "Washington: Center for Strategic Studies, pp. 1-90", "Journal, pp. 3-9".
          const pub = placePublisher(pre);
          const parts = splitTop(pre, ',');
          if (pub) {
            f.place = pub.place;
            f.publisher = pub.publisher;
          } else if (CONFERENCE_RE.test(pre)) {
            f.event = tidy(parts[0].replace(/^(?:paper presented at|presented at)\s(?:the\s)?/i, ''));
            const places = parts.slice(1).filter((p) => !isDateLike(p) && isPlaceLike(p)).slice(0, 2);
            if (places.length > 0) f.eventPlace = places.join(', ');
          } else if (JOURNAL_WORD_RE.test(parts[0]) || parts.length === 1 && !PUBLISHER_WORD_RE.test(pre)) {
            f.container = parts[0];
            f.containerUncertain = parts.length > 1 || !JOURNAL_WORD_RE.test(parts[0]);
          } else {
            f.publisher = parts[0];
            if (parts.length > 1) f.place = parts.slice(1).join(', ');
          }
        } else if (pre !== '') {
          f.container = pre;
          // ABNT puts the journal's city after its name: "Revista X, Brasília, v. 55".
          const abnt = /^(.{3,200}), (\p{Lu}[\p{L}' -]{1,40})$/u.exec(pre);
          if (abnt && /^[,;.]?\s?v\.\s?\d/.test(after.slice(cue.index)) && abnt[2].split(' ').length <= 4) {
            f.container = abnt[1];
            f.place = abnt[2];
          }
        }
        after = after.slice(cue.index);
      } else if (!cue && CONFERENCE_RE.test(after)) {
        const parts = splitTop(trimEndChars(after, '. '), ',').filter((p) => !isDateLike(p));
        const event = parts.shift();
        if (event) f.event = tidy(event.replace(/^(?:paper presented at|presented at)\s(?:the\s)?/i, ''));
        const places = parts.filter((p) => isPlaceLike(p)).slice(0, 2);
        if (places.length > 0) f.eventPlace = places.join(', ');
        after = '';
      }
    }
  }

  // 3. Numbers: volume, issue, pages.
  readNumbers(after, f);

  // 4. Publisher and place in what is left.
  if (!f.publisher && !f.container && !f.event) readPublisher(after, f);
  else if (!f.publisher && f.inClause) readPublisher(after, f);
  else if (!f.publisher && f.genre) readPublisher(after, f);
  return f;
}

/**
 * For a book-like entry (no journal numbers), where its title ends: over the sentences that follow
 * the first one, as long as a publisher sentence comes later and they are not a report series, a
 * thesis note, a date or a number. `first` is the first sentence end; returns a sentence end index.
 */
function bookTitleEnd(body: string, first: number): number {
  const ends: number[] = [first];
  for (let e = sentenceEnd(body, first + 1); e >= 0 && ends.length < 8; e = sentenceEnd(body, e + 1)) ends.push(e);
  const sentence = (k: number): string => body.slice(ends[k] + 1, k + 1 < ends.length ? ends[k + 1] : body.length).trim();
  // The publisher sentence: "Place: Publisher" or a short last sentence of capitalised words.
  let pubAt = -1;
  for (let k = 0; k < ends.length; k++) {
    const text = sentence(k);
    if (placePublisher(text)?.index === 0) {
      pubAt = k;
      break;
    }
  }
  if (pubAt < 0) {
    const last = trimEndChars(sentence(ends.length - 1), '. ');
    if (last !== '' && last.split(' ').length <= 5 && /^\p{Lu}/u.test(last) && !/\d/.test(last)) pubAt = ends.length - 1;
  }
  let end = first;
  for (let k = 0; k < pubAt; k++) {
    const text = sentence(k);
    if (/^\d/.test(text) || REPORT_RE.test(text) || THESIS_RE.test(text) || CONFERENCE_RE.test(text) || INTERVIEW_RE.test(text)) break;
    end = ends[k + 1];
  }
  return end;
}

/**
 * The comma that ends a title in lists that separate fields with commas ("Title, Journal 30, no. 1"):
 * the first one followed by something that starts a reference's tail (a journal, a publisher, a
 * report series, numbers), else the first one. -1 when there is no comma.
 */
function titleComma(body: string): number {
  const commas: number[] = [];
  let depth = 0;
  for (let i = 0; i < body.length && commas.length < 12; i++) {
    const ch = body[i];
    if (ch === '(' || ch === '[' || ch === '\u201c' || ch === '\u00ab') depth++;
    else if ((ch === ')' || ch === ']' || ch === '\u201d' || ch === '\u00bb') && depth > 0) depth--;
    else if (ch === ',' && depth === 0) commas.push(i);
  }
  if (commas.length === 0) return -1;
  for (let k = 0; k < commas.length; k++) {
    const after = body.slice(commas[k] + 1).trim();
    const segEnd = k + 1 < commas.length ? commas[k + 1] - commas[k] - 1 : after.length;
    const seg = after.slice(0, Math.max(0, segEnd));
    const cue = firstCue(' ' + after);
    if (cue && cue.index <= seg.length + 1) return commas[k];
    if (JOURNAL_WORD_RE.test(seg) || PUBLISHER_WORD_RE.test(seg) || REPORT_RE.test(seg) || CONFERENCE_RE.test(seg) || THESIS_RE.test(seg)) return commas[k];
    if (placePublisher(after)?.index === 0 || looksLikePlaceAndPublisher(after) || quotedAt(after) || /^(?:in|em|en)\s?:?\s/i.test(after)) return commas[k];
  }
  return commas[0];
}

/** Where the container's name ends inside an "In …" clause. */
function containerStop(s: string): number {
  let stop = s.length;
  const candidates = [firstCue(s)?.index, EDITED_BY.exec(s)?.index, /\s\((?:pp?\.|S\.)\s?\d/.exec(s)?.index, placePublisher(s)?.index];
  const end = sentenceEnd(s);
  if (end >= 0) candidates.push(end);
  const comma = topLevelComma(s);
  // After "in:", a comma followed by a publisher-like segment ends the book's title.
  if (comma >= 0) {
    const rest = s.slice(comma + 1).trim();
    if (PUBLISHER_WORD_RE.test(rest.split(',')[0]) || /^\d/.test(rest)) candidates.push(comma);
  }
  for (const c of candidates) if (c !== undefined && c >= 0 && c < stop) stop = c;
  return stop;
}

function firstVolumeCue(s: string): number | undefined {
  for (const re of VOLUME_CUES) {
    const m = re.exec(s);
    if (m) return m.index;
  }
  return undefined;
}

/** Reads volume, issue and pages from the part after the container's name. */
function readNumbers(s: string, f: Fields): void {
  if (s === '') return;
  const vol = /\b(?:vol\.?|volume|v\.|bd\.|jg\.|tomo|t\.)\s?(\d{1,5}(?:[-\u2013/]\d{1,5})?)/i.exec(s);
  if (vol) f.volume = vol[1];
  const volIssue = /(?:^|[\s,;.])(\d{1,5})\s?\((\d{1,4}(?:[-\u2013/]\d{1,4})?)\)/.exec(s);
  if (volIssue && !/^(1[5-9]\d\d|20\d\d)$/.test(volIssue[2])) {
    f.volume ??= volIssue[1];
    f.issue ??= volIssue[2];
  }
  const issue = /(?:^|[\s,;.(])(?:no\.?|n[º°o]\.?|n\.|nr\.?|issue|heft|núm\.?|num\.?|número)\s?(\d{1,6}(?:[-\u2013/]\d{1,4})?)/i.exec(s);
  if (issue) f.issue ??= issue[1];
  const parenIssue = /^[\s,;.]*\((\d{1,4})\)/.exec(s);
  if (parenIssue) f.issue ??= parenIssue[1];
  // MLA: "30.1 (2005): 7-45" — volume 30, issue 1.
  const dotted = /(?:^|\s)(\d{1,5})\.(\d{1,4})(?=:|\s?\(|,\s)/.exec(s);
  if (dotted) {
    f.volume ??= dotted[1];
    f.issue ??= dotted[2];
  }
  const colon = /(?:^|[\s,;.])(\d{1,5}):\s?(\d{1,6})(?:\s?[-\u2013\u2014]\s?(\d{1,6}))?/.exec(s);
  if (colon && !f.volume) {
    f.volume = colon[1];
    if (colon[3] !== undefined) f.page = `${colon[2]}-${colon[3]}`;
    else f.issue ??= colon[2];
  }
  if (!f.volume && !f.genre) {
    const bare = /^[\s,;.]*(\d{1,5})(?=[,;\s]|$)(?!\s?[-\u2013\u2014]\s?\d)/.exec(s);
    const nextWord = bare ? s.slice(bare[0].length).trim().split(/[\s,.]/)[0] : '';
    if (bare && !/^(1[5-9]\d\d|20\d\d)$/.test(bare[1]) && monthNumber(nextWord) === undefined) f.volume = bare[1];
  }
  const pages = /(?:^|[\s,;.(])(?:pp?|S|págs?|pg)\.\s?([A-Za-z]?\d{1,6}[a-z]?(?:\s?[-\u2013\u2014]\s?[A-Za-z]?\d{1,6}[a-z]?)?)/.exec(s);
  if (pages) f.page = normalisePages(pages[1]);
  else if (!f.page) {
    const chicago = /\)\s?:\s?(\d{1,6}(?:\s?[-\u2013\u2014]\s?\d{1,6})?)/.exec(s);
    if (chicago) f.page = normalisePages(chicago[1]);
    else {
      const range = /(?:^|[\s,;])(e?\d{1,6}\s?[-\u2013\u2014]\s?\d{1,6})(?=$|[\s,.;)])/.exec(s);
      if (range && !isAfterMonth(s, range.index)) f.page = normalisePages(range[1]);
      else if (f.volume) {
        // APA article numbers: "5(1), 12." or "17(3), e1008812."
        const single = /\)\s?,\s(e?\d{1,9})(?=$|[\s,.;])/.exec(s) ?? /^[\s,;.]*\d{1,5},\s(e?\d{1,9})(?=$|[\s,.;])/.exec(s);
        if (single) f.page = single[1];
      }
    }
  }
  const article = /\b(?:article|art\.)\s(?:no\.\s)?(e?\d{1,9})/i.exec(s);
  if (article) f.number ??= article[1];
}

function isAfterMonth(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 12), at).trim().split(' ').pop() ?? '';
  return monthNumber(before) !== undefined;
}

function normalisePages(p: string): string {
  return p.replace(/\s?[\u2013\u2014-]\s?/, '-').trim();
}

/** "Oxford: Oxford University Press", "Washington, DC: World Bank", "Lisboa: Editora X, 2010". */
function placePublisher(s: string): { place: string; publisher: string; index: number } | undefined {
  const re = /(?:^|[.,;]\s)(\p{Lu}[^:.;,()]{0,50}(?:,\s\p{Lu}{2}\.?)?)\s?:\s?([^.;()]{2,120})/gu;
  for (let m = re.exec(s), k = 0; m !== null && k < 10; m = re.exec(s), k++) {
    const place = m[1].trim();
    if (!isPlaceLike(place)) continue;
    const cut = /,\s?(?:\d|pp?\b|S\b)/.exec(m[2]);
    const publisher = trimEndChars((cut ? m[2].slice(0, cut.index) : m[2]).trim(), ', ');
    if (publisher === '' || !/\p{L}/u.test(publisher)) continue;
    const index = m.index + (m[0].length - m[0].trimStart().length) + (/^[.,;]/.test(m[0]) ? 2 : 0);
    return { place, publisher: tidy(publisher), index: m.index === 0 ? 0 : index };
  }
  return undefined;
}

/** A place name: up to five capitalised words, maybe joined by "/" or small words ("Frankfurt am Main/New York"). */
function isPlaceLike(s: string): boolean {
  const words = s.split(/[\s/]+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 6) return false;
  if (/\d/.test(s)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:am|an|de|do|da|del|upon|on|sur|im|la|le|of|,)$/.test(w) || /^\p{Lu}{2}\.?,?$/u.test(w));
}

function looksLikePlaceAndPublisher(s: string): boolean {
  const parts = splitTop(trimEndChars(s, '. '), ',');
  return parts.length === 2 && isPlaceLike(parts[0]) && /^\p{Lu}/u.test(parts[1]);
}

function isDateLike(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length > 4) return false;
  return words.some((w) => monthNumber(w.replace(/[.,]$/, '')) !== undefined) && words.every((w) => monthNumber(w.replace(/[.,]$/, '')) !== undefined || /^\d{1,4}(?:[-\u2013]\d{1,2})?[.,]?$/.test(w));
}

/** Publisher (and place) from what follows the title of a book or a report. */
function readPublisher(s: string, f: Fields): void {
  const text = trimEndChars(s, ' ');
  if (text === '') return;
  const pub = placePublisher(text);
  if (pub) {
    f.place = pub.place;
    f.publisher = pub.publisher;
    return;
  }
  // Segments without numbers, dates or page ranges; the last one is the publisher.
  const segments = splitSentences(text)
    .flatMap((seg) => splitTop(seg, ','))
    .map((seg) => tidy(seg))
    .filter((seg) => seg !== '' && /\p{Lu}/u.test(seg.charAt(0)) && !/\d/.test(seg) && !isDateLike(seg));
  if (segments.length === 0) return;
  if (f.genre === undefined && THESIS_RE.test(text)) {
    const uni = segments.find((x) => /univ|college|school|institut|faculdade|faculty|escola|hochschule/i.test(x));
    if (uni) f.publisher = uni.replace(/^.*[\u2013\u2014-]\s/, '');
    return;
  }
  if (segments.length >= 2 && isPlaceLike(segments[segments.length - 2]) && !isPlaceLike(segments[segments.length - 1])) {
    f.place = segments[segments.length - 2];
    f.publisher = segments[segments.length - 1];
    return;
  }
  if (segments.length >= 2 && isPlaceLike(segments[segments.length - 2]) && segments.length === 2) {
    f.place = segments[0];
    f.publisher = segments[1];
    return;
  }
  const uni = segments.find((x) => PUBLISHER_WORD_RE.test(x));
  f.publisher = uni ?? segments[segments.length - 1];
}

/** Splits at sentence boundaries (see {@link sentenceEnd}). */
function splitSentences(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let guard = 0; guard < 50; guard++) {
    const end = sentenceEnd(s, from);
    if (end < 0) break;
    out.push(s.slice(from, end + 1));
    from = end + 2;
  }
  out.push(s.slice(from));
  return out;
}

/** Splits at `sep` outside brackets and quotes. */
function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '(' || ch === '[' || ch === '\u201c' || ch === '\u00ab') depth++;
    else if ((ch === ')' || ch === ']' || ch === '\u201d' || ch === '\u00bb') && depth > 0) depth--;
    else if (ch === sep && depth === 0) {
      out.push(s.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(s.slice(from).trim());
  return out.filter((x) => x !== '');
}

/** Index of the first comma outside brackets and quotes, or -1. */
function topLevelComma(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '(' || ch === '[' || ch === '\u201c' || ch === '\u00ab') depth++;
    else if ((ch === ')' || ch === ']' || ch === '\u201d' || ch === '\u00bb') && depth > 0) depth--;
    else if (ch === ',' && depth === 0) return i;
  }
  return -1;
}

/** Trims white space, wrapping quotes and trailing punctuation: "“Title,”" → "Title". */
function tidy(s: string): string {
  let out = s.trim();
  for (let k = 0; k < 4; k++) {
    const before = out;
    out = trimEndChars(out.replace(/^[\s,;:]+/, ''), ' ,;:.');
    const open = out.charAt(0);
    const close = QUOTE_PAIRS[open];
    if (close && (out.endsWith(close) || (open === '\u201c' && out.endsWith('"')))) out = out.slice(1, -1);
    else if (close && out.indexOf(close, 1) < 0) out = out.slice(1);
    if (out === before) break;
  }
  // Keep a closing parenthesis or a question mark; drop a dangling "(" or a lone quote at the end.
  return trimEndChars(out, ' ("\u201c\u201d').trim();
}

// ---------------------------------------------------------------------------------------------
// Type

function decideType(text: string, f: Fields, links: Links, accessed: boolean, date: YearInfo | undefined): { type: string; guessed: boolean } {
  const outside = [f.container, f.genre, f.event, f.publisher, f.place].filter(Boolean).join(' ');
  const afterTitle = outside !== '' ? outside : text;
  if (INTERVIEW_RE.test(text)) return { type: 'interview', guessed: false };
  if (THESIS_RE.test(afterTitle) || (f.genre && THESIS_RE.test(f.genre)) || THESIS_RE.test(text.slice(Math.max(0, text.length - 200)))) {
    if (!f.volume && !f.issue) return { type: 'thesis', guessed: false };
  }
  if (isSoftware(text, f, links)) return { type: 'software', guessed: false };
  if (f.event || (CONFERENCE_RE.test(afterTitle) && !f.volume)) return { type: 'paper-conference', guessed: false };
  if (f.genre && REPORT_RE.test(f.genre)) return { type: 'report', guessed: false };
  if (f.inClause && f.container && CONFERENCE_RE.test(f.container)) return { type: 'paper-conference', guessed: false };
  if (f.inClause && (f.editors || f.publisher || (f.page && !f.volume && !f.issue))) return { type: 'chapter', guessed: false };
  if (!f.container && REPORT_RE.test(f.title ?? '') && f.publisher) return { type: 'report', guessed: false };
  if ((links.url || links.doi) && accessed && !f.container && !f.volume) return { type: 'webpage', guessed: false };
  if (f.container && !f.volume && !f.issue && date?.month !== undefined && date.day !== undefined) return { type: 'article-newspaper', guessed: false };
  if (f.container && (f.volume || f.issue || f.page || links.doi)) return { type: 'article-journal', guessed: false };
  if (f.publisher) return { type: 'book', guessed: false };
  if (links.url && !f.container) return { type: 'webpage', guessed: true };
  if (f.container) return { type: 'article-journal', guessed: true };
  return { type: 'book', guessed: true };
}
