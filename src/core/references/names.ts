/**
 * Reading the list of names that opens a reference entry (or follows "In" for editors).
 *
 * Conventions of the names this module produces, chosen so that linking is easy:
 * - `family` is the surname without its particle, Proper-Cased when the list writes it in capitals
 *   ("BROOKS" → "Brooks"); compound surnames stay whole ("Sen Gupta", "Alonso Ruiz", "Fernández-Ordóñez").
 * - a particle ("de la", "van der", "von") goes to `non-dropping-particle`, wherever the list writes it
 *   ("De la Fuente, R." and "Linden, Jakob van der" both give particle + family), so a citation
 *   "van der Linden" matches particle + family and a citation "Linden" matches family.
 * - `given` is as written ("T.V.", "J. A.", "Stephen G.", "Moisés Silva"), Proper-Cased when in capitals.
 * - organisations get `literal` ("World Bank", "General Board of Health").
 */
import type { CslName } from '../model';
import { properCase, isAllCaps } from '../text';
import { readNoDate } from './dates';
import { INSTITUTION_WORD_SET, isGivenName } from '../lexicon';
import {
  CONNECTORS,
  EDITOR_MARKS,
  FUNCTION_WORDS,
  NON_NAME_WORDS,
  PARTICLES,
  SUFFIXES,
  isCapitalized,
  isInitials,
  isLowerStart,
  tokenize,
  type Token,
} from './tokens';

/** What {@link readNames} found at the start of a string. */
export interface NameList {
  readonly names: CslName[];
  /** Offset in the string just after the last character that belongs to the names (and editor mark). */
  readonly end: number;
  /** The list ends with "et al." or an equivalent. */
  readonly etAl: boolean;
  /** An editor mark followed the names: "(ed.)", "(Eds.)", "(Hrsg.)", "(org.)". */
  readonly editors: boolean;
  /** At least one name has the shape of a person's name (surname and given name, or initials). */
  readonly person: boolean;
  /** The first name was read as an organisation or a lone surname. */
  readonly organisation: boolean;
  /** The entry starts with a dash or underscore rule standing for the previous entry's authors. */
  readonly sameAsPrevious: boolean;
  /** An organisation's abbreviation written after its name: "INSTITUTO … (IBGE)" gives "IBGE". */
  readonly abbreviation?: string;
}

/** Options of {@link readNames}. */
export interface ReadNamesOptions {
  /** Allow the first name to be written given-name first with full given names ("Sara Lind and Paul Moretti"). */
  readonly givenFirst?: boolean;
}

const YEAR_TOKEN = /^(1[5-9]\d\d|20\d\d)[a-z]?$/;

interface ParsedName {
  readonly name: CslName;
  /** Index of the first token after the name. */
  readonly next: number;
  readonly person: boolean;
}

/**
 * An entry without an author as ABNT writes it: its title's first words in capitals, then at once a word in lower case
 * that joins no names ("ANUÁRIO estatístico do Brasil.", "LA DAIA desmintió …", "A HORAS de aprobarse …").
 */
export const ABNT_TITLE_FIRST_RE = /^(?:\p{Lu}[\p{Lu}'\u2019-]* ){0,3}\p{Lu}{2}[\p{Lu}'\u2019-]* (?!(?:et|e|y|and|und|u|a|&)\b)\p{Ll}/u;

/**
 * Reads the names at the start of `s` (at most its first 400 characters). Returns undefined when
 * `s` does not start with something name-like. Never throws.
 */
export function readNames(s: string, options: ReadNamesOptions = {}): NameList | undefined {
  // Most name lists end within the first 160 characters: read those first, and the first 400 only
  // when the names run up to the end of what was read.
  if (s.length <= SHORT_READ) return readNamesIn(s, tokenize(s, SHORT_READ), options);
  const t = tokenize(s, SHORT_READ);
  const short = readNamesIn(s, t, options);
  const lastStart = t.length > 3 ? t[t.length - 3].start : 0;
  // A list that cannot start within the first tokens cannot start with more of them. A list whose reading stops at a
  // comma may go on past the cut: names after a bare comma wait for the connector that confirms them ("F. Pedregosa,
  // G. Varoquaux, … A. Passos, and E. Duchesnay." with the "and" after the 160th character).
  if (short === undefined || (short.end < lastStart && !/^\s{0,3},/.test(s.slice(short.end)))) return short;
  return readNamesIn(s, tokenize(s), options);
}

/** How many characters {@link readNames} reads first. */
const SHORT_READ = 160;

function readNamesIn(s: string, t: readonly Token[], options: ReadNamesOptions): NameList | undefined {
  // A rule ("———.", "_____"), one dash before the date or a full stop ("– (2014).", "– (17. Apr. 2015b).", biblatex's name dash) or
  // "Idem"/"Ead." stands for the previous entry's authors.
  const rule = /^\s{0,4}(?:[-\u2010-\u2015_]{2,40}|[\u2013\u2014](?=\s{0,3}(?:[.,:]|\(?(?:1[5-9]\d\d|20\d\d)(?!\d)|\([^()]{1,16}(?:1[5-9]\d\d|20\d\d)(?!\d)))|(?:Idem|IDEM|Id\.|Ead\.|Eadem)(?![\p{L}\p{N}]))\s{0,3}[.,:]?/u.exec(s);
  if (rule) {
    return {
      names: [],
      end: rule[0].length,
      etAl: false,
      editors: false,
      person: true,
      organisation: false,
      sameAsPrevious: true,
    };
  }
  if (t.length === 0) return undefined;
  const names: CslName[] = [];
  let person = false;
  let organisation = false;
  let etAl = false;

  // Vancouver first: "Garcia-López MÀ, Jofre-Monseny J" would otherwise read as the surname
  // "Garcia-López MÀ" with the given name "Jofre-Monseny J".
  let first = surnameInitials(t, 0);
  const vancouver = first !== undefined;
  // Given names first when the caller says so, or when the first word is a known given name ("Sergey Ioffe and
  // Christian Szegedy.").
  const inverted = first ? undefined : surnameFirst(t, 0);
  first ??= givenFirstOverInverted(t, options, inverted) ?? inverted ?? initialsFirst(t, 0) ?? (options.givenFirst || startsGivenFirst(t) ? givenFirst(t, 0) : undefined);
  if (!first) {
    // "Smith and Jones (2010)", "Brooks & Wohlforth": lone surnames joined by a connector.
    const lone = loneSurname(t, 0);
    if (lone && lone.next - 0 === 1 && t[lone.next] && isConnector(t[lone.next])) {
      const second = surnameFirst(t, lone.next + 1) ?? givenFirst(t, lone.next + 1) ?? loneSurname(t, lone.next + 1);
      if (second && second.next - (lone.next + 1) <= 3) first = lone;
    }
  }
  // "boyd, danah.", "hooks, bell.": authors who write their name in lower case.
  first ??= lowerSurnameFirst(t, 0);
  if (!first) {
    first = organisationName(t, 0);
    if (first) organisation = true;
  }
  if (!first) return undefined;
  names.push(first.name);
  person ||= first.person;
  let i = first.next;
  let lastEnd = t[i - 1].end;
  let connectorSeen = false;
  // Names after a bare comma written given-name first ("Smith, John, Kim Lee, and Ann Ho") are only
  // accepted once a connector confirms the list goes on; otherwise they are probably a title.
  let tentativeFrom = -1;
  let tentativeEnd = 0;
  /** A name after the first was read given name first, as Chicago writes all but the first. */
  let givenFirstAfter = false;

  for (let guard = 0; guard < 60 && i < t.length; guard++) {
    // A person's role in parentheses after the name (APA's audiovisual works): "Davidson, F. (Producer), & Davidson,
    // J. (Director).". The name stays the work's author.
    const role = roleMarkAt(t, i);
    if (role > i) {
      lastEnd = t[role - 1].end;
      i = role;
      continue;
    }
    const tok = t[i];
    let j = i;
    let afterConnector = false;
    if (tok.text === ',' || tok.text === ';' || tok.text === '/') {
      j++;
      if (j < t.length && isEtAl(t, j)) {
        etAl = true;
        lastEnd = t[skipEtAl(t, j) - 1].end;
        i = skipEtAl(t, j);
        break;
      }
      if (j < t.length && t[j].kind === 'word' && SUFFIXES.has(t[j].text.toLowerCase()) && names.length > 0 && !organisation) {
        const last = names[names.length - 1];
        last.suffix = t[j].text;
        lastEnd = t[j].end;
        i = j + 1;
        continue;
      }
      if (j < t.length && isConnector(t[j])) {
        j++;
        afterConnector = true;
      }
    } else if (isEtAl(t, i)) {
      etAl = true;
      i = skipEtAl(t, i);
      lastEnd = t[i - 1].end;
      break;
    } else if (isConnector(tok)) {
      j++;
      afterConnector = true;
    } else {
      break;
    }
    if (j >= t.length) break;
    if (afterConnector && isEtAl(t, j - 1)) {
      etAl = true;
      i = skipEtAl(t, j - 1);
      lastEnd = t[i - 1].end;
      break;
    }
    let next: ParsedName | undefined;
    if (afterConnector) {
      next = (vancouver ? surnameInitials(t, j) : undefined) ?? surnameFirst(t, j) ?? givenFirst(t, j) ?? loneSurname(t, j);
      if (next) connectorSeen = true;
    } else {
      // Chicago and MLA invert the first name only: after "Fothergill, Anne," the names run given
      // name first ("Simon Price, Laila Haddad, and Tomás Ruiz"); the connector later confirms it.
      // Once one name after the first ran so, the others do too: "Wickham, Hadley, Mara Averick, Jennifer Bryan, Winston
      // Chang, …, et al." (not "Bryan, Jennifer Winston").
      const chicago = (names.length === 1 || givenFirstAfter) && t[i].text === ',' && !vancouver && hasFullGivenName(names[0]) ? givenFirst(t, j) : undefined;
      if (chicago && (t[chicago.next]?.text === ',' || (t[chicago.next] !== undefined && (isConnector(t[chicago.next]) || isEtAl(t, chicago.next))))) {
        givenFirstAfter = true;
        next = chicago;
        if (tentativeFrom < 0) {
          tentativeFrom = names.length;
          tentativeEnd = lastEnd;
        }
      } else next = (vancouver ? surnameInitials(t, j) : undefined) ?? surnameFirst(t, j);
      if (!next && t[i].text === ',') {
        next = givenFirst(t, j);
        if (next && tentativeFrom < 0) {
          tentativeFrom = names.length;
          tentativeEnd = lastEnd;
        }
      }
    }
    if (!next) break;
    if (organisation && names.length === 1 && !next.person) break;
    names.push(next.name);
    person ||= next.person;
    i = next.next;
    lastEnd = t[i - 1].end;
  }
  // A connector confirms names written given name first after a bare comma, and so does "et al." after them
  // ("Wickham, Hadley, Peter Danenberg u. a.").
  if (tentativeFrom >= 0 && !connectorSeen && !etAl) {
    names.length = tentativeFrom;
    lastEnd = tentativeEnd;
    i = t.findIndex((tok) => tok.start >= lastEnd);
    if (i < 0) i = t.length;
  }

  // An editor mark: "(ed.)", "(Eds.)", "(Hrsg.)", ", ed.", ", eds."
  let editors = false;
  const mark = editorMarkAt(t, i);
  if (mark > i) {
    editors = true;
    lastEnd = t[mark - 1].end;
    i = mark;
  }
  // "(IBGE)" after an organisation: its abbreviation.
  let abbreviation: string | undefined;
  const bracket = t[i]?.text === '(' ? ')' : t[i]?.text === '[' ? ']' : undefined;
  if (organisation && names.length === 1 && bracket && t[i + 2]?.text === bracket && t[i + 1].kind === 'word') {
    if (isAllCaps(t[i + 1].text)) {
      abbreviation = t[i + 1].text;
      lastEnd = t[i + 2].end;
      i += 3;
    } else if (isCapitalized(t[i + 1].text)) {
      // ABNT's jurisdiction after a public body, "AGÊNCIA NACIONAL DE ÁGUAS (Brasil).": part of the name's heading.
      lastEnd = t[i + 2].end;
      i += 3;
    }
  }
  // A second body after the first one's abbreviation: "Department for … [DCMS] & Home Office."
  if (abbreviation && t[i] && (t[i].text === '&' || isConnector(t[i]))) {
    const second = organisationName(t, i + 1);
    if (second && t[second.next]?.text === '.') {
      names.push(second.name);
      lastEnd = t[second.next - 1].end;
    }
  }
  const list: NameList = { names, end: lastEnd, etAl, editors, person, organisation, sameAsPrevious: false };
  return abbreviation ? { ...list, abbreviation } : list;
}

/** A name whose given part is written out ("Anne", "Peter J."), not initials only ("A.", "J. A."). */
function hasFullGivenName(name: CslName): boolean {
  return typeof name.given === 'string' && name.given.split(/\s+/).some((g) => g.length > 1 && !isInitials(g));
}

function isConnector(tok: Token): boolean {
  return (tok.kind === 'word' || tok.text === '&') && CONNECTORS.has(tok.text.toLowerCase());
}

/** "et al.", "et al", "et alii", "e outros", "y otros", "u. a.", "u.a.", "and others", "e col." */
function isEtAl(t: readonly Token[], i: number): boolean {
  const a = t[i]?.text.toLowerCase();
  const b = t[i + 1]?.text.toLowerCase();
  if (a === undefined) return false;
  if (a === 'u.a.' || a === 'u.a') return true;
  if (a === 'u' && b === '.' ) return t[i + 2]?.text.toLowerCase().startsWith('a') ?? false;
  if (b === undefined) return false;
  if ((a === 'et' || a === 'e' || a === 'y') && (b === 'al' || b === 'al.' || b === 'alii' || b === 'outros' || b === 'otros' || b === 'col' || b === 'col.' || b === 'alli')) return true;
  if (a === 'et.' && (b === 'al' || b === 'al.')) return true;
  if (a === 'and' && b === 'others') return true;
  return false;
}

function skipEtAl(t: readonly Token[], i: number): number {
  const a = t[i].text.toLowerCase();
  if (a === 'u.a.' || a === 'u.a') return i + 1;
  if (a === 'u') {
    let j = i + 2;
    if (t[j]?.text === '.') j++;
    else if (t[j]?.text.toLowerCase() === 'a.') j++;
    else j++;
    if (t[j]?.text === '.') j++;
    return j;
  }
  let j = i + 2;
  if (t[j]?.text === '.' && !t[i + 1].text.endsWith('.')) j++;
  return j;
}

/** The roles APA writes in parentheses after a name: "(Director)", "(Producers)", "(Writer/Director)", "(Host)". */
const ROLE_WORDS: ReadonlySet<string> = new Set(
  'director directors producer producers executive writer writers host hosts creator creators composer composers performer performers narrator narrators interviewer interviewers photographer photographers artist artists presenter presenters speaker speakers screenwriter screenwriters'.split(' '),
);

/** Index after a role in parentheses starting at `i` ("(Producer)", "(Writer/Director)"), or `i` when there is none. */
function roleMarkAt(t: readonly Token[], i: number): number {
  if (t[i]?.text !== '(') return i;
  let j = i + 1;
  let roles = 0;
  while (j < t.length && j < i + 8 && t[j].text !== ')') {
    const w = t[j].text.toLowerCase();
    if (ROLE_WORDS.has(w)) roles++;
    else if (w !== '/' && w !== '&' && w !== 'and' && w !== ',') return i;
    j++;
  }
  return roles > 0 && t[j]?.text === ')' ? j + 1 : i;
}

/** Index after an editor mark starting at `i`, or `i` when there is none. */
function editorMarkAt(t: readonly Token[], i: number): number {
  const tok = t[i];
  if (!tok) return i;
  if (tok.text === '(' || tok.text === '[') {
    let j = i + 1;
    const words: string[] = [];
    while (j < t.length && j < i + 5 && t[j].text !== ')' && t[j].text !== ']') {
      words.push(t[j].text);
      j++;
    }
    if (j < t.length && (t[j].text === ')' || t[j].text === ']') && words.length > 0) {
      const mark = words.join(' ').replace(/ \./g, '.').toLowerCase();
      if (EDITOR_MARKS.has(mark)) return j + 1;
    }
    return i;
  }
  if (tok.text === ',' && t[i + 1]?.kind === 'word') {
    const w = t[i + 1].text.toLowerCase();
    if (w === 'ed.' || w === 'eds.' || w === 'ed' || w === 'eds' || w === 'editor' || w === 'editors' || w === 'hrsg.') {
      let j = i + 2;
      if (t[j]?.text === '.') j++;
      return j;
    }
  }
  return i;
}

/** A token that may end a name: punctuation, a year, a connector, the end. */
function endsName(t: readonly Token[], i: number): boolean {
  const tok = t[i];
  if (!tok) return true;
  if (tok.kind === 'punct') return /[,;.(:[/\u2013\u2014&"\u201c\u201e\u2018\u00ab']/.test(tok.text);
  if (tok.kind === 'number') return YEAR_TOKEN.test(tok.text);
  return isConnector(tok) || isEtAl(t, i);
}

function isNameWord(tok: Token | undefined): boolean {
  if (!tok || tok.kind !== 'word') return false;
  if (NON_NAME_WORDS.has(tok.text.toLowerCase())) return false;
  return isCapitalized(tok.text) || hasLowerPrefix(tok.text);
}

/** "d'Almeida", "al-Farabi", "McDonald"-like words that start in lower case but are surnames. */
function hasLowerPrefix(word: string): boolean {
  return /^(?:d['\u2019]|l['\u2019]|al-|el-|ibn-|bin-)\p{Lu}/u.test(word);
}

function isParticle(tok: Token | undefined): boolean {
  return tok !== undefined && tok.kind === 'word' && PARTICLES.has(tok.text.toLowerCase());
}

/**
 * A family name: optional particles, then one to four capitalised words (not initials). Returns the
 * index after it, or -1.
 */
function familyAt(t: readonly Token[], i: number): number {
  let j = i;
  let words = 0;
  let lastWasName = false;
  while (j < t.length && words < 5) {
    const tok = t[j];
    if (isParticle(tok) && !isInitials(tok.text) && t[j + 1]?.kind === 'word') {
      j++;
      words++;
      lastWasName = false;
      continue;
    }
    if (isNameWord(tok) && !isInitials(tok.text) && !isConnector(tok)) {
      j++;
      words++;
      lastWasName = true;
      continue;
    }
    break;
  }
  return lastWasName ? j : -1;
}

/** Given names after "Surname,": initials and/or capitalised words, then trailing particles ("Eva von"). */
function givenAt(t: readonly Token[], i: number): { next: number; parts: string[]; particles: string[] } | undefined {
  const parts: string[] = [];
  const particles: string[] = [];
  let j = i;
  let sawInitial = false;
  let sawDotted = false;
  while (j < t.length && parts.length < 5) {
    const tok = t[j];
    if (tok.kind !== 'word' || isConnector(tok) || isEtAl(t, j)) break;
    if (isInitials(tok.text)) {
      // "TURPIN, M. E. A alimentação …", "SILVA, J. A. O PNAE …": after dotted initials, a lone
      // capital without a dot that does not end the name is the title's first word (an article).
      if (sawDotted && tok.text.length === 1 && !endsName(t, j + 1)) break;
      parts.push(tok.text);
      sawInitial = true;
      sawDotted ||= tok.text.endsWith('.');
      j++;
      continue;
    }
    if (isNameWord(tok) && !SUFFIXES.has(tok.text.toLowerCase())) {
      // After an initial, a full word is a given name only when the name ends right after it
      // ("J. Alfred."); otherwise it starts the title ("Smith, J. Title of the work").
      if (sawInitial && !endsName(t, j + 1)) break;
      parts.push(tok.text);
      j++;
      continue;
    }
    if (isParticle(tok) && parts.length > 0) {
      // Trailing particles: "Hippel, Eva von", "Linden, Jakob van der", "ALMEIDA, Rosa Maria de."
      let k = j;
      const ps: string[] = [];
      while (k < t.length && isParticle(t[k]) && ps.length < 3) {
        ps.push(t[k].text);
        k++;
      }
      if (endsName(t, k)) {
        particles.push(...ps);
        j = k;
        break;
      }
      // Particles inside the given names, as Portuguese and Spanish names have them:
      // "CAMPOS, Valéria Nagy de Oliveira.", "SOUZA, Maria das Graças."
      if (k < t.length && !sawInitial && isNameWord(t[k]) && !isConnector(t[k])) {
        parts.push(...ps);
        j = k;
        continue;
      }
      break;
    }
    break;
  }
  if (parts.length === 0) return undefined;
  return { next: j, parts, particles };
}

/** "BROOKS, Stephen G.", "Smith, J. A.", "De la Fuente, R.", "Hippel, Eva von". */
function surnameFirst(t: readonly Token[], i: number): ParsedName | undefined {
  const famEnd = familyAt(t, i);
  if (famEnd < 0 || (t[famEnd]?.text !== ',' && !stopForComma(t, i, famEnd))) return undefined;
  const given = givenAt(t, famEnd + 1);
  if (!given) return undefined;
  // "Mearsheimer, John J. The Tragedy …": the dot of a final initial also ends the names.
  const lastGiven = given.parts[given.parts.length - 1];
  // The title may start in lower case ("Twenge, Jean M. iGen: Why …").
  const dotEnds = given.particles.length === 0 && lastGiven.endsWith('.') && isInitials(lastGiven) && t[given.next]?.kind === 'word';
  if (!endsName(t, given.next) && !dotEnds) return undefined;
  const name = makeName(
    t.slice(i, famEnd).map((x) => x.text),
    given.parts,
    given.particles,
  );
  return { name, next: given.next, person: true };
}

/**
 * A full stop typed for the comma after a surname in capitals, as ABNT writes it: "CAVALLO. David et al.". Only one
 * word in capitals, and only before a known given name, so that an organisation's abbreviation before its full
 * name ("SEI. Superintendência de Estudos …", "BRASIL. Ministério da Educação") stays an organisation.
 */
function stopForComma(t: readonly Token[], i: number, famEnd: number): boolean {
  const family = t[i].text;
  return famEnd === i + 1 && t[famEnd]?.text === '.' && family.length >= 3 && isAllCaps(family) && isKnownGivenName(t[famEnd + 1]);
}

/**
 * Initials written without dots after the surname, as Vancouver and SAGE Harvard lists write them:
 * "JA", "N", "MÀ", "J-P" (and a lone dotted "N.").
 */
function isBareInitials(text: string): boolean {
  if (COMPANY_FORMS.has(text.replace(/\./g, '').toUpperCase())) return false;
  return /^\p{Lu}{1,3}$/u.test(text) || /^\p{Lu}[-\u2010]\p{Lu}$/u.test(text) || /^(?:\p{Lu}\.){1,3}$/u.test(text);
}

/**
 * Legal forms of companies, which follow a name as initials would: "Tesco PLC", "Acme Ltd". Two-letter
 * forms ("AG", "NV", "AB") are left out: "Andersson AB" is a person with two initials.
 */
const COMPANY_FORMS: ReadonlySet<string> = new Set(['PLC', 'LTD', 'INC', 'LLC', 'LLP', 'SPA', 'SRL', 'GMBH']);

/** "MA" → "M. A.", "J-P" → "J.-P.", "N" → "N.": initials as CSL writes them. */
function dottedInitials(text: string): string {
  if (text.endsWith('.')) return text.replace(/\.(?=\p{Lu})/gu, '. ');
  if (/[-\u2010]/.test(text)) return text.split(/[-\u2010]/).map((c) => `${c}.`).join('-');
  return Array.from(text, (c) => `${c}.`).join(' ');
}

/**
 * "Smith N", "Murzyn MA", "Moreira de Souza T", "Garcia-López MÀ": a surname, then initials without
 * dots and without a comma between (Vancouver, SAGE Harvard). Not when the surname is in capitals
 * ("WHO UN"), nor when the letters spell the words before them ("Public Health England PHE"), nor
 * three letters after a name of several words ("Statistics Netherlands CBS").
 */
function surnameInitials(t: readonly Token[], i: number): ParsedName | undefined {
  let famEnd = familyAt(t, i);
  if (famEnd < 0) return undefined;
  let initials = t[famEnd];
  if (!(initials?.kind === 'word' && isBareInitials(initials.text))) {
    // The family scan took the initials for a capitalised word ("Murzyn MA").
    const last = t[famEnd - 1];
    if (famEnd - 1 <= i || last.text.length < 2 || !isBareInitials(last.text)) return undefined;
    famEnd--;
    initials = last;
  }
  const family = t.slice(i, famEnd).map((x) => x.text);
  const surnames = family.filter((w) => !PARTICLES.has(w.toLowerCase()));
  if (surnames.length === 0 || surnames.every((w) => isAllCaps(w))) return undefined;
  const letters = initials.text.replace(/[^\p{Lu}]/gu, '');
  if (letters.length > 1 && letters === surnames.map((w) => w.charAt(0).toUpperCase()).join('')) return undefined;
  // "Statistics Netherlands CBS": three capitals after a name of several words are an abbreviation.
  if (letters.length >= 3 && surnames.length >= 2) return undefined;
  // A dotted last initial ends the list when the title follows: "Jones B. Title of the paper."
  if (!endsName(t, famEnd + 1) && !(initials.text.endsWith('.') && t[famEnd + 1]?.kind === 'word')) return undefined;
  // Unless a given name, its initial and a surname make one person written given name first: "John R. Davies,",
  // "Thomas F. LaPorta and".
  if (!endsName(t, famEnd + 1) && family.length === 1 && isKnownGivenName(t[i]) && isNameWord(t[famEnd + 1]) && endsName(t, famEnd + 2)) return undefined;
  return { name: makeName(family, [dottedInitials(initials.text)], []), next: famEnd + 1, person: true };
}

/**
 * "boyd, danah.", "hooks, bell.": a surname and given name both in lower case, as some authors write
 * them, ended by a full stop that a capitalised word or a quote follows.
 */
function lowerSurnameFirst(t: readonly Token[], i: number): ParsedName | undefined {
  const lowerWord = (tok: Token | undefined): boolean =>
    tok !== undefined &&
    tok.kind === 'word' &&
    tok.text.length >= 2 &&
    isLowerStart(tok.text) &&
    !isConnector(tok) &&
    !isParticle(tok) &&
    !FUNCTION_WORDS.has(tok.text.toLowerCase()) &&
    !NON_NAME_WORDS.has(tok.text.toLowerCase()) &&
    /^\p{L}+$/u.test(tok.text);
  if (!lowerWord(t[i]) || t[i + 1]?.text !== ',') return undefined;
  let j = i + 2;
  const given: string[] = [];
  while (j < t.length && given.length < 2 && t[j].kind === 'word' && (lowerWord(t[j]) || isCapitalized(t[j].text)) && !isConnector(t[j])) {
    given.push(t[j].text);
    j++;
  }
  if (given.length === 0 || t[j]?.text !== '.') return undefined;
  const after = t[j + 1];
  if (after !== undefined && !(after.kind === 'word' && isCapitalized(after.text)) && !/["\u201c\u2018'\u00ab]/.test(after.text)) return undefined;
  return { name: { family: t[i].text, given: given.join(' ') }, next: j, person: true };
}

/** "J. Smith", "T. V. Paul": initials then a surname, as the first name of a list. */
function initialsFirst(t: readonly Token[], i: number): ParsedName | undefined {
  let j = i;
  const given: string[] = [];
  while (j < t.length && t[j].kind === 'word' && isInitials(t[j].text) && given.length < 4) {
    given.push(t[j].text);
    j++;
  }
  if (given.length === 0) return undefined;
  const famEnd = familyAt(t, j);
  if (famEnd < 0 || !endsName(t, famEnd)) return undefined;
  // "U.S. Census Bureau": an initialism before the noun of an institution is an organisation's name.
  if (t.slice(j, famEnd).some((w) => INSTITUTION_WORD_SET.has(w.text))) return undefined;
  // "K. Brad Wray": a given name between the initials and the surname is a given name, not half of the surname.
  while (famEnd - j >= 2 && !isParticle(t[j]) && isKnownGivenName(t[j])) given.push(t[j++].text);
  return { name: makeName(t.slice(j, famEnd).map((x) => x.text), given, []), next: famEnd, person: true };
}

/**
 * The names start given name first without the caller saying so: the first word is a known given name ("Sergey
 * Ioffe and …"), or two words and a connector come before a known given name or a name and an initial ("Azer
 * Bestavros and Carlos Cunha.", "Jinxin Lin and Alberto O. Mendelzon."; "Farrar Straus and Giroux" stays a name).
 */
function startsGivenFirst(t: readonly Token[]): boolean {
  if (isKnownGivenName(t[0])) return true;
  if (!isNameWord(t[0]) || !isNameWord(t[1]) || t[2] === undefined || !isConnector(t[2])) return false;
  return isKnownGivenName(t[3]) || (isNameWord(t[3]) && t[4]?.kind === 'word' && isInitials(t[4].text));
}

/**
 * The first name of a list written given names first whose first two people would also read as one person written
 * surname first, as `inverted` reads them ("Stefanie Dipper, Peter Eisenberg, Silvia Hansen-Schirra, …" as the surname "Stefanie Dipper" with
 * the given names "Peter Eisenberg"), as ACL and ACM lists write them after their first author. Taken only when the
 * caller says the names run given name first (the first person was read so), the second person too reads given name
 * first before a comma, a connector or "et al." ("Arne Köhn, Niels Beuck, and Wolfgang Menzel."), and neither surname
 * is itself a known given name. Undefined otherwise: "King Charles, Melvin Neil, Nations Abroad …" keeps its reading.
 */
function givenFirstOverInverted(t: readonly Token[], options: ReadNamesOptions, inverted: ParsedName | undefined): ParsedName | undefined {
  if (!options.givenFirst) return undefined;
  if (!inverted || inverted.name.family === undefined || !/ /.test(inverted.name.family)) return undefined;
  const one = givenFirst(t, 0);
  if (!one || t[one.next]?.text !== ',') return undefined;
  const two = givenFirst(t, one.next + 1);
  const after = two ? t[two.next] : undefined;
  if (!two || !after || !(after.text === ',' || isConnector(after) || isEtAl(t, two.next))) return undefined;
  // A surname that is itself a given name leaves the comma's reading open ("King Charles, Melvin Neil", "Martín
  // Barbero, Jesús María"): the inverted reading stays.
  if (isKnownGivenName(t[one.next - 1]) || isKnownGivenName(t[two.next - 1])) return undefined;
  return one;
}

/** A capitalised word that is a known given name of the lexicon ("Lutz", "Carlos"). */
function isKnownGivenName(tok: Token | undefined): boolean {
  return tok?.kind === 'word' && isCapitalized(tok.text) && isGivenName(tok.text.toLowerCase());
}

/** "Kim Lee", "M. Greene", "Jean-Luc van der Berg": given names, then particles and a surname. */
function givenFirst(t: readonly Token[], i: number): ParsedName | undefined {
  const words: string[] = [];
  let j = i;
  while (j < t.length && words.length < 6) {
    const tok = t[j];
    if (tok.kind !== 'word' || isConnector(tok) || isEtAl(t, j)) break;
    if (!(isInitials(tok.text) || isNameWord(tok) || (isParticle(tok) && words.length > 0))) break;
    words.push(tok.text);
    j++;
  }
  if (words.length < 2 || !endsName(t, j)) return undefined;
  // "U.S. Census Bureau", "Google Research": the noun of an institution is no person's name.
  if (words.some((w) => INSTITUTION_WORD_SET.has(w))) return undefined;
  // The surname is the last word with the particles right before it.
  let k = words.length - 1;
  // A capitalised particle ends the name as its surname: "Hongru Du", "Thi Le"; in lower case it needs one after it.
  if (isInitials(words[k]) || (PARTICLES.has(words[k].toLowerCase()) && !isCapitalized(words[k]))) return undefined;
  while (k - 1 > 0 && PARTICLES.has(words[k - 1].toLowerCase())) k--;
  const given = words.slice(0, k);
  if (given.length === 0 || given.some((w) => PARTICLES.has(w.toLowerCase()) && !isCapitalized(w))) {
    // "van der Berg" alone has no given name.
    if (given.length === 0) return undefined;
  }
  return { name: makeName(words.slice(k), given, []), next: j, person: true };
}

/** A lone surname after a connector: "and WOHLFORTH (2005)", "& Lee". */
function loneSurname(t: readonly Token[], i: number): ParsedName | undefined {
  const famEnd = familyAt(t, i);
  if (famEnd < 0 || famEnd - i > 3 || !endsName(t, famEnd)) return undefined;
  return { name: makeName(t.slice(i, famEnd).map((x) => x.text), [], []), next: famEnd, person: false };
}

/**
 * An organisation or a lone surname opening the entry: capitalised words and function words, ending
 * on a capitalised word, followed by a year, a parenthesis, a dot, a colon or a comma.
 * "World Bank (2018)", "General Board of Health. 1855.", "Office québécois de la langue française (2019)".
 */
function organisationName(t: readonly Token[], i: number): ParsedName | undefined {
  if (!t[i] || t[i].kind !== 'word' || !(isCapitalized(t[i].text) || hasLowerPrefix(t[i].text))) return undefined;
  let j = i;
  let lastCap = -1;
  let lastAny = -1;
  let lowerWords = 0;
  while (j < t.length && j - i < 12) {
    const tok = t[j];
    if (tok.kind === 'word' && (isCapitalized(tok.text) || hasLowerPrefix(tok.text))) {
      j++;
      lastCap = j;
      lastAny = j;
      continue;
    }
    if ((tok.kind === 'word' && FUNCTION_WORDS.has(tok.text.toLowerCase())) || tok.text === '&') {
      j++;
      continue;
    }
    // "BMWi – Bundesministerium für …": an abbreviation, a dash, the full name.
    if ((tok.text === '\u2013' || tok.text === '\u2014' || tok.text === '-') && j - i === 1 && /^\p{Lu}{2}/u.test(t[i].text)) {
      j++;
      continue;
    }
    // Commas inside a name that its bracketed abbreviation closes: "Department for Digital, Culture,
    // Media and Sport [DCMS]".
    if (tok.text === ',' && j > i && commaInsideAbbreviatedName(t, j + 1)) {
      j++;
      continue;
    }
    // German suspended compounds: "Bundesinstitut für Bau-, Stadt- und Raumforschung".
    if (tok.text === '-' && t[j - 1]?.kind === 'word' && tok.start === t[j - 1].end) {
      const next = t[j + 1];
      if (next?.text === ',' && t[j + 2]?.kind === 'word') {
        j += 2;
        continue;
      }
      if (next?.kind === 'word' && isConnector(next)) {
        j++;
        continue;
      }
    }
    if (tok.kind === 'word' && isLowerStart(tok.text) && lowerWords < 3) {
      // A lower-case word inside a name ("Office québécois de la langue française"): only accepted
      // when the name is followed by its year (checked below).
      lowerWords++;
      j++;
      lastAny = j;
      continue;
    }
    break;
  }
  if (lastCap < 0) return undefined;
  const yearAfter = (k: number): boolean =>
    (t[k]?.text === '.' && t[k + 1]?.text === '(' ? yearAt(k + 1) : yearAt(k));
  const yearAt = (k: number): boolean =>
    t[k] !== undefined &&
    ((t[k].kind === 'number' && YEAR_TOKEN.test(t[k].text)) ||
      (t[k].text === '(' && t[k + 1] !== undefined && ((t[k + 1].kind === 'number' && YEAR_TOKEN.test(t[k + 1].text)) || readNoDate(t[k + 1].text) !== undefined)));
  let end = lastCap;
  if (lastAny > lastCap && yearAfter(lastAny)) end = lastAny;
  else if (lowerWords > 0 && !yearAfter(lastCap) && !(t[lastCap]?.text === '(' || t[lastCap]?.text === '[' || t[lastCap]?.text === '.')) return undefined;
  // A name with its own punctuation, as some bodies and brands have it: "Which? (2023)", "Yahoo! (2019)".
  if ((t[end]?.text === '?' || t[end]?.text === '!') && t[end].start === t[end - 1].end && yearAfter(end + 1)) end++;
  const after = t[end];
  const ok =
    after === undefined ||
    after.text === '(' ||
    // "Observatorio de la Economía Social [OES]. (2021)": the abbreviation in square brackets.
    (after.text === '[' && t[end + 2]?.text === ']') ||
    // A web page's site before its title: "Fashion Revolution - Fashion Transparency Index, https://…".
    (end - i >= 2 && (after.text === '-' || after.text === '\u2013') && after.start > t[end - 1].end && t[end + 1]?.kind === 'word' && isCapitalized(t[end + 1].text)) ||
    after.text === '.' ||
    after.text === ':' ||
    (after.text === ',' && yearAfter(end + 1)) ||
    (after.kind === 'number' && YEAR_TOKEN.test(after.text));
  if (!ok) return undefined;
  const words = t.slice(i, end).map((x) => x.text);
  if (words.length === 1 && !isAllCaps(words[0])) {
    return { name: makeName(words, [], []), next: end, person: false };
  }
  let literal = t
    .slice(i, end)
    .map((x, k) => (k > 0 && x.text !== ',' && !((x.text === '-' || x.text === '?' || x.text === '!') && x.start === t[i + k - 1].end) ? ' ' : '') + x.text)
    .join('');
  if (isAllCaps(literal.replace(/[^\p{L}]/gu, '')) && words.length > 1) literal = properCaseOrganisation(words);
  return { name: { literal }, next: end, person: false };
}

/** True when capitalised words, small words and commas from `k` reach "[ABBR]" within a few tokens. */
function commaInsideAbbreviatedName(t: readonly Token[], k: number): boolean {
  for (let j = k; j < t.length && j < k + 10; j++) {
    const tok = t[j];
    if (tok.text === '[') return t[j + 1]?.kind === 'word' && isAllCaps(t[j + 1].text) && t[j + 2]?.text === ']';
    if (tok.text === ',' || tok.text === '&') continue;
    if (tok.kind === 'word' && (isCapitalized(tok.text) || FUNCTION_WORDS.has(tok.text.toLowerCase()))) continue;
    return false;
  }
  return false;
}

/** "INSTITUTO BRASILEIRO DE GEOGRAFIA E ESTATÍSTICA" → "Instituto Brasileiro de Geografia e Estatística". */
function properCaseOrganisation(words: readonly string[]): string {
  return words
    .map((w, k) => {
      const lower = w.toLowerCase();
      if (k > 0 && FUNCTION_WORDS.has(lower)) return lower;
      // Short capital words are often abbreviations (UN, USA, UFPE): keep them.
      if (w.length <= 3 && isAllCaps(w) && !/[AEIOUÁÉÍÓÚ]/.test(w.slice(1))) return w;
      return properCase(w);
    })
    .join(' ');
}

/** Builds a CSL name from surname words (maybe with particles first), given words and trailing particles. */
function makeName(familyWords: readonly string[], given: readonly string[], trailingParticles: readonly string[]): CslName {
  let k = 0;
  const lead: string[] = [];
  while (k < familyWords.length - 1 && PARTICLES.has(familyWords[k].toLowerCase())) {
    lead.push(familyWords[k]);
    k++;
  }
  const caps = familyWords.slice(k).every((w) => isAllCaps(w) || w.length === 1);
  const family = familyWords
    .slice(k)
    .map((w) => properCase(w))
    .join(' ');
  const name: CslName = { family };
  // "Smith, JA": capitals after a surname that is not in capitals are initials without dots.
  const initialsOf = (g: string): string => (!caps && /^\p{Lu}{2,3}$/u.test(g) ? dottedInitials(g) : properCase(g));
  if (given.length > 0) name.given = given.map((g) => (isInitials(g) ? g : initialsOf(g))).join(' ');
  const particles = [...lead, ...trailingParticles];
  if (particles.length > 0) {
    name['non-dropping-particle'] = particles.map((p) => (caps || isAllCaps(p) ? p.toLowerCase() : p)).join(' ');
  }
  return name;
}
