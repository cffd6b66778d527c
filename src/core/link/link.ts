/**
 * The linker: decides which reference each cited work points to.
 *
 * For each cited work: the candidates (references filed under its first author's name and a year
 * it may accept, see candidates.ts), each scored (score.ts), and the decision (decide.ts). When no
 * candidate's name and year agree, two repairs are tried, each lowering the confidence and naming
 * itself in the reasons: a year one slip from the list's for a name the list has ("2919" for
 * 2019), and a surname one slip from the list's ("Binder" for "Bilder"). A repair never links
 * where two references are equally close; a near miss is left unresolved with the closest
 * candidate named.
 */
import type { Citation, CitedWork, Reference } from '../model';
import type { FoundCitation, FoundWork } from '../citations';
import { DATES } from '../citations/words';
import { ACCESSED_PHRASE_RE, CONNECTOR_WORDS as CONNECTORS, EDITION_NOTE_RE } from '../lexicon';
import { authorSources, buildProfile, nameKey, writtenKeys } from './profile';
import type { Profile, YearKey } from './profile';
import { CandidateIndex, isNearYear, isSpellingVariant, isYearSlip } from './candidates';
import { joinedSurnameHead, matchName, parseYear, scorePair } from './score';
import type { Scored, Slip } from './score';
import { decide, entryName, linkedTo, SLIP_WEIGHT, unresolved, yearDistance } from './decide';
import type { Decision } from './decide';
import { say } from '../messages';
import { editDistance, foldKey, openBracketBefore } from '../text';
import { kindNamed } from './kind';

/** Options of {@link linkCitations}. */
export interface LinkOptions {
  /** False when the essay has no reference list: every work is unresolved with that reason. Default true. */
  readonly hasReferenceList?: boolean;
  /** Called every few thousand works; may throw to stop. */
  readonly isCancelled?: () => void;
}

class Linker {
  private readonly index: CandidateIndex;
  private readonly cache = new Map<string, Map<string, Decision>>();
  private readonly byId = new Map<string, Profile>();
  /**
   * The references other citations link to, once every work has been linked without the near-year repair (see
   * {@link onlyEntryNearYear}); undefined until then, when the repair is not tried.
   */
  private linkedElsewhere: ReadonlySet<string> | undefined;
  /** The years the text cites each team (see {@link teamKey}) with, known with {@link linkedElsewhere}. */
  private yearsOfTeam = new Map<string, Set<string>>();

  /**
   * Turns on the near-year repair, given the references linked without it and every work the text cites;
   * decisions made before are forgotten.
   */
  allowNearYear(linked: ReadonlySet<string>, works: Iterable<FoundWork>): void {
    this.linkedElsewhere = linked;
    this.yearsOfTeam.clear();
    for (const w of works) {
      const key = teamKey(w.authors.map(writtenKeys));
      const years = this.yearsOfTeam.get(key) ?? new Set<string>();
      years.add(parseYear(w.year).base);
      this.yearsOfTeam.set(key, years);
    }
    this.cache.clear();
  }

  constructor(
    references: readonly Reference[],
    private readonly hasList: boolean,
  ) {
    const writers = authorSources(references);
    const profiles = references.map((r, k) => buildProfile(r, writers[k]));
    for (const p of profiles) this.byId.set(p.reference.id, p);
    this.index = new CandidateIndex(profiles);
  }

  profileOf(id: string): Profile | undefined {
    return this.byId.get(id);
  }

  link(work: FoundWork): Decision {
    // Two levels of keys, the authors as written, then the year: no string is built for the
    // common one-author work, and the same citation repeated is linked once.
    const who = work.authors.length === 1 ? work.authors[0] : work.authors.join('\u0000');
    let byYear = this.cache.get(who);
    if (!byYear) this.cache.set(who, (byYear = new Map()));
    const kind = kindNamed(work.text)?.noun ?? '';
    const when = work.etAl || work.originalYear || kind ? `${work.year}\u0000${work.etAl}\u0000${work.originalYear ?? ''}\u0000${kind}` : work.year;
    const cached = byYear.get(when);
    if (cached) return cached;
    const result = this.compute(work);
    byYear.set(when, result);
    return result;
  }

  private compute(work: FoundWork): Decision {
    const shown = `${work.authors.join(' & ')}${work.etAl ? ' et al.' : ''} ${work.year}`;
    if (!this.hasList) return unresolved(say('the essay has no reference list'));
    if (this.index.profiles.length === 0) return unresolved(say('the reference list has no entries'));
    const first = work.authors[0] ?? '';
    const year = parseYear(work.year);
    const authorKeys = work.authors.map(writtenKeys);
    const firstKeys = authorKeys[0] ?? [];
    const score = (profiles: readonly Profile[], keys: readonly string[][] = authorKeys, slip?: Slip): Scored[] => {
      const out: Scored[] = [];
      for (const profile of profiles) {
        const c = scorePair(work, first, keys, year, profile, slip);
        if (c) out.push(c);
      }
      return out;
    };
    // Only references of a year the work can accept are weighed: its year with the same letter or
    // none ("2005b" takes "2005b" and "2005"; "2005" takes any letter), entries without a year,
    // reprints known by that year, and the original year the text gives. The others are read only
    // when none is accepted, to repair a slipped year or name the closest miss.
    // A double surname joined by a hyphen is also looked up by its first part, which a list may give alone.
    const head = joinedSurnameHead(first);
    const find = (years: readonly string[]): Profile[] => {
      const found = this.index.find(firstKeys, years);
      if (!head || firstKeys.length !== 1) return found;
      const more = this.index.find([nameKey(head)], years).filter((p) => !found.includes(p));
      return more.length === 0 ? found : [...found, ...more].sort((a, b) => a.reference.index - b.reference.index);
    };
    const accepted = score(find(acceptedYears(work, year))).filter((c) => c.yearOk);
    const decided = decide(accepted, shown, year);
    if (decided?.status === 'ambiguous') return byKind(work, decided, accepted) ?? decided;
    if (decided) return decided;

    // Year repairs only for the name as written: a repair of the year on top of one of the name is too far.
    const sameName = score(this.index.find(firstKeys));
    if (sameName.length > 0) return editionYear(work, year, authorKeys, sameName) ?? this.yearSlip(work, year, shown, sameName) ?? onlyUndated(work, year, sameName) ?? this.nameSlip(work, year, shown, authorKeys) ?? (this.linkedElsewhere === undefined || this.nearNameHasYear(work, year, authorKeys) ? undefined : onlyEntryNearYear(work, year, authorKeys, sameName, this.linkedElsewhere, this.yearsOfTeam.get(teamKey(authorKeys)))) ?? closestMiss(work, year, shown, sameName);
    return this.nameSlip(work, year, shown, authorKeys) ?? this.byContainer(work, year) ?? this.abbreviationPart(work, year) ?? this.variantNearYear(work, year, authorKeys) ?? unresolved(say('no reference by “{0}” in the list', first), true);
  }

  /**
   * No reference has the name: an organisation's abbreviation written with a place or a country joined to it ("SEI-BA"
   * for "SEI. Superintendência de Estudos Econômicos e Sociais da Bahia", "US EIA" for "EIA"), where one part is the
   * abbreviation an organisation's entry of the year is listed under and the others are codes of two or three
   * letters. Linked, naming the difference, when exactly one part and one entry fit; undefined otherwise.
   */
  private abbreviationPart(work: FoundWork, year: YearKey): Decision | undefined {
    const written = work.authors[0];
    if (work.authors.length !== 1 || !written || !ABBREVIATION_PARTS_RE.test(written)) return undefined;
    const fits: Scored[] = [];
    const parts = written.split(/[-\s]/);
    for (const part of parts) {
      // The rest is a region's or a country's code ("BA", "US", "EU"), not another name ("SANTOS SILVA").
      if (parts.some((other) => other !== part && other.length > 3)) continue;
      for (const p of this.index.find([nameKey(part)], acceptedYears(work, year))) {
        if (p.names[0]?.literal === undefined) continue;
        const slip: Slip = { name: { written, listed: part, weight: SLIP_WEIGHT.name } };
        const s = scorePair(work, part, [[nameKey(part)]], year, p, slip);
        if (s?.yearOk && !fits.some((f) => f.profile === s.profile)) fits.push(s);
      }
    }
    if (fits.length !== 1) return undefined;
    return { status: 'linked', targets: [fits[0].profile.reference.id], confidence: fits[0].confidence, reasons: fits[0].reasons };
  }

  /**
   * No reference has the name as written, nor a name one slip from it with this year: another spelling of one surname
   * of the list ("Cavalo" for "Cavallo", "Bonfim" for "Bomfim", see {@link isSpellingVariant}) whose only entry has a
   * year next to the text's ({@link isNearYear}). Two slips at once, so only with the near-year repair's conditions:
   * no other surname is near, the entry is a person's and no other citation links it, and the text cites the
   * spelling with no third year. Linked at a lower confidence, naming both slips.
   */
  private variantNearYear(work: FoundWork, year: YearKey, authorKeys: readonly string[][]): Decision | undefined {
    const keys = authorKeys[0] ?? [];
    if (this.linkedElsewhere === undefined || keys.length !== 1 || !work.authors[0] || !work.text.includes(work.authors[0])) return undefined;
    const near = this.index.near(keys[0]).filter((n) => n.distance === 1);
    if (near.length !== 1 || !isSpellingVariant(keys[0], near[0].key)) return undefined;
    const entries = this.index.find([near[0].key]);
    if (entries.length !== 1) return undefined;
    const only = entries[0];
    const listed = only.year;
    if (this.linkedElsewhere.has(only.reference.id) || only.names[0]?.literal !== undefined) return undefined;
    if (!nearYearFits(year, listed, this.yearsOfTeam.get(teamKey(authorKeys)))) return undefined;
    const name = only.names.find((n) => n.family === near[0].key || n.familyBare === near[0].key);
    const slip: Slip = { name: { written: work.authors[0], listed: name?.written ?? near[0].key, weight: SLIP_WEIGHT.name }, year: listed.base };
    const rescored = scorePair(work, work.authors[0], [[near[0].key], ...authorKeys.slice(1)], year, only, slip);
    if (!rescored) return undefined;
    return linkedTo(rescored, SLIP_WEIGHT.otherYear, say('the list has no other work by this name'));
  }

  /**
   * No reference has the name: the text names the newspaper or journal that printed the work ("(Westfälischer
   * Anzeiger, 2017a)" for "Osiewacz, F. (2017a, 11. März). … Der Westfälische Anzeiger."). The one entry of that year
   * printed there (see {@link printedIn}), at a lower confidence, saying so; undefined when none or several fit.
   */
  private byContainer(work: FoundWork, year: YearKey): Decision | undefined {
    if (!/^\d{4}$/.test(year.base) || work.authors.length !== 1) return undefined;
    const cited = wordsOf(work.authors[0]);
    if (cited.join('').length < 6) return undefined;
    const fits: Profile[] = [];
    for (const p of this.byId.values()) {
      if (p.year.base !== year.base || (year.suffix && p.year.suffix !== year.suffix) || p.names.length === 0) continue;
      if (printedIn(p.reference, cited)) fits.push(p);
    }
    if (fits.length !== 1) return undefined;
    const p = fits[0];
    return {
      status: 'linked',
      targets: [p.reference.id],
      confidence: SLIP_WEIGHT.container,
      reasons: [say('the text names where the work was printed, {0}; the list has it under its author: “{1}” (entry {2})', `“${work.authors[0]}”`, p.label, p.reference.index + 1)],
    };
  }

  /** The name is in the list but not with this year: a year that is no year, one slip from one of them. */
  private yearSlip(work: FoundWork, year: YearKey, shown: string, sameName: readonly Scored[]): Decision | undefined {
    const slipped = sameName.filter((c) => isYearSlip(year.base, c.profile.year.base) && (!year.suffix || year.suffix === c.profile.year.suffix));
    if (slipped.length === 0) return undefined;
    const rescored = slipped.map((c) => scorePair(work, work.authors[0] ?? '', work.authors.map(writtenKeys), year, c.profile, { year: c.profile.year.base })).filter((c): c is Scored => c !== undefined);
    return decide(rescored, shown, year);
  }

  /** A surname one slip from the first author's has an entry of the year the text gives ("(Bilder, 2015)" beside "Binder, K. (2015)"). */
  private nearNameHasYear(work: FoundWork, year: YearKey, authorKeys: readonly string[][]): boolean {
    const key = (authorKeys[0] ?? []).join('');
    return key !== '' && this.index.near(key).some((near) => this.index.find([near.key], acceptedYears(work, year)).length > 0);
  }

  /**
   * No reference has the name as written: a surname of the list one slip away in spelling, with the
   * same year. The whole name is tried ("Serma Costa"), then its last word after given names or
   * initials ("Paul Ktugman"); a spelling that is itself a name of the list is never repaired.
   */
  private nameSlip(work: FoundWork, year: YearKey, shown: string, authorKeys: readonly string[][]): Decision | undefined {
    const keys = authorKeys[0] ?? [];
    const writtenWords = (work.authors[0] ?? '').split(/\s+/);
    const tries: { key: string; before: string[]; written: string }[] = [{ key: keys.join(''), before: [], written: work.authors[0] ?? '' }];
    if (keys.length > 1) tries.push({ key: keys[keys.length - 1], before: keys.slice(0, -1), written: writtenWords[writtenWords.length - 1] });
    const candidates: Scored[] = [];
    for (const t of tries) {
      if (this.index.has(t.key)) continue;
      for (const near of this.index.near(t.key)) {
        const slippedKeys = [[...t.before, near.key], ...authorKeys.slice(1)];
        const weight = near.distance === 1 ? SLIP_WEIGHT.name : SLIP_WEIGHT.name2;
        for (const c of this.index.find([near.key], acceptedYears(work, year))) {
          const name = c.names.find((n) => n.family === near.key || n.familyBare === near.key || n.literal === near.key);
          const slip: Slip = { name: { written: t.written, listed: name?.written ?? near.key, weight } };
          const s = scorePair(work, work.authors[0] ?? '', slippedKeys, year, c, slip);
          if (s?.yearOk && !candidates.some((x) => x.profile === s.profile)) candidates.push(s);
        }
      }
      if (candidates.length > 0) break;
    }
    return decide(candidates, shown, year);
  }
}

/** Two or three abbreviations in capitals joined by a hyphen or a space: "SEI-BA", "US EIA", "EU-OSHA". */
const ABBREVIATION_PARTS_RE = /^\p{Lu}{2,8}(?:[-\s]\p{Lu}{2,8}){1,2}$/u;

/** The folded words of a text ("Der Westfälische Anzeiger." → der, westfalische, anzeiger). */
function wordsOf(text: string): string[] {
  return foldKey(text.slice(0, 1000))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/**
 * Whether the entry names `phrase` (folded words) as where it was printed: after its title, a part of the entry
 * between punctuation that is the phrase, an article before it allowed ("Der Westfälische Anzeiger."), each word
 * the same or, from six letters, one letter off (an inflection: "Westfälischer").
 */
function printedIn(reference: Reference, phrase: readonly string[]): boolean {
  const title = typeof reference.csl.title === 'string' ? reference.csl.title : '';
  const at = title === '' ? -1 : reference.text.indexOf(title);
  if (at < 0) return false;
  const same = (a: string, b: string): boolean => a === b || (b.length >= 6 && editDistance(a, b, 1) <= 1);
  for (const part of reference.text.slice(at + title.length, at + title.length + 600).split(/[.,;:()[\]]/)) {
    const words = wordsOf(part);
    const from = words.length - phrase.length;
    if ((from === 0 || (from === 1 && words[0].length <= 3)) && phrase.every((w, k) => same(words[from + k], w))) return true;
  }
  return false;
}

/** The year keys of the index (see {@link CandidateIndex.find}) a work may accept. */
function acceptedYears(work: FoundWork, year: YearKey): string[] {
  const years = year.suffix ? [`E${year.base}${year.suffix}`, `E${year.base}`] : [`A${year.base}`];
  years.push('A', `O${year.base}`);
  const original = work.originalYear?.slice(0, 4);
  if (original && original !== year.base) years.push(`A${original}`, `O${original}`);
  return years;
}

/**
 * An ambiguous work whose citation names the kind of work ("Ranta's book (2011, …)" against a book
 * 2011a and slides 2011b): linked to the only candidate of that kind, with lowered confidence and the
 * noun in the reasons. Undefined when no noun is written or when none or several candidates fit it.
 */
function byKind(work: FoundWork, decided: Decision, accepted: readonly Scored[]): Decision | undefined {
  const kind = kindNamed(work.text);
  if (!kind) return undefined;
  const tied = accepted.filter((c) => decided.targets.includes(c.profile.reference.id));
  const fits = tied.filter((c) => kind.types.includes(c.profile.reference.csl.type));
  if (fits.length !== 1) return undefined;
  return linkedTo(fits[0], SLIP_WEIGHT.kind, say('the text writes {0}; the list has {1}', `“${kind.noun}”`, entryName(fits[0])), decided.reasons);
}

/**
 * A year in the text for a name whose only entry in the list has no date ("s.d.", "n.d."): "(INPE, 2011)"
 * against "INPE – INSTITUTO NACIONAL DE PESQUISAS ESPACIAIS. Banco de Dados … s.d. Disponível em: …". The
 * entry cannot say the year is wrong, and the list has nothing else by that name: linked, with lowered
 * confidence and the reason. Undefined when the name has another entry, or the text gives no year.
 */
function onlyUndated(work: FoundWork, year: YearKey, sameName: readonly Scored[]): Decision | undefined {
  if (sameName.length !== 1 || !/^\d{4}$/.test(year.base)) return undefined;
  const only = sameName[0];
  if (only.profile.year.base !== 'n.d.') return undefined;
  return linkedTo(only, SLIP_WEIGHT.undated, say('the text gives {0}; the list’s only entry by this name has no date: “{1}” (entry {2})', work.year, only.profile.label, only.profile.reference.index + 1));
}

/**
 * The list's only entry by the name, whose year is one slip from the text's ("McGann 2016" for "McGann, J. J. (2014)",
 * "Vygotsky 1994" for 1984, "Saarikkomäki 2019" for 2020; see {@link isNearYear}): linked, with the year named in the
 * reasons and a lower confidence, since the text may cite a work the list leaves out. With two entries by the name,
 * which one slipped is not known, unless the co-authors the text names have one of them: no link.
 */
function onlyEntryNearYear(work: FoundWork, year: YearKey, authorKeys: readonly string[][], sameName: readonly Scored[], linkedElsewhere: ReadonlySet<string>, citedYears: ReadonlySet<string> | undefined): Decision | undefined {
  // The co-authors the text names tell the first author's entries apart ("Jacquesson & von Roten 2018" beside
  // "Jacquesson & Rivier 2005").
  const byAll = sameName.length > 1 && work.authors.length >= 2 ? sameName.filter((c) => work.authors.every((a, i) => c.profile.names.some((n) => matchName(a, n, authorKeys[i] ?? []).score > 0))) : sameName;
  if (byAll.length !== 1) return undefined;
  const only = byAll[0];
  // Another citation links the entry ("Menning (1991) … (Menning 1993, pp. 27-35)"): the text knows that work, and
  // the other year is another one; unless the text names the entry's whole team of two or more ("UCHÔA; MIOLA; BRITO,
  // 2018" beside "Uchôa et al. (2019)" and one entry by the three): the same team's other work is the rarer case.
  if (linkedElsewhere.has(only.profile.reference.id) && !namesWholeTeam(work, only.profile)) return undefined;
  // A person, named in the citation itself: an organisation issues several works a year ("Truth and Reconciliation
  // Commission of Canada, 2015" beside its 2016 report), and a year alone ("(2010: 60)") takes its author from the
  // sentence, which may name someone else.
  if (only.profile.names[0]?.literal !== undefined || !work.authors[0] || !work.text.includes(work.authors[0])) return undefined;
  const listed = only.profile.year;
  if (!nearYearFits(year, listed, citedYears)) return undefined;
  const rescored = scorePair(work, work.authors[0], authorKeys, year, only.profile, { year: listed.base });
  if (!rescored) return undefined;
  // Told apart from the name's other entries by the co-authors: the reason says so.
  const reason = sameName.length > 1 ? say('the list has no other work by these authors') : say('the list has no other work by this name');
  return linkedTo(rescored, SLIP_WEIGHT.otherYear, reason);
}

/**
 * Whether the text's year may be a slip for the listed one in the near-year repairs: one slip away ({@link isNearYear}),
 * with the same letter when the text gives one, and the names cited with no third year ("Lemos (2009, p.29)", "Lemos
 * (2007)", "Lemos (2004)" beside one "LEMOS … 2010": the list leaves out works of theirs, and this may be one of them).
 */
function nearYearFits(year: YearKey, listed: YearKey, citedYears: ReadonlySet<string> | undefined): boolean {
  if (!isNearYear(year.base, listed.base) || (year.suffix && year.suffix !== listed.suffix)) return false;
  return !citedYears || ![...citedYears].some((y) => y !== year.base && y !== listed.base);
}

/** One key for the names a work is cited by, as written ("Jacquesson & von Roten" apart from "Jacquesson"). */
function teamKey(authorKeys: readonly string[][]): string {
  return authorKeys.map((k) => k.join('')).join('\u0000');
}

/** Whether the work names every author of the entry, two or more, and no "et al.". */
function namesWholeTeam(work: FoundWork, profile: Profile): boolean {
  return work.authors.length >= 2 && !work.etAl && profile.names.length === work.authors.length;
}

/**
 * The one entry by the name that gives the text's year to another edition or to a translation, beside its own
 * ("FOUCAULT, M. Le Gouvernement de soi … 2009 (Trad. cast. … 2010)" for "(FOUCAULT, 2010, p. 207)"): linked, with
 * the year named in the reasons and a lower confidence. Not a year of its title, of a range or of the date it was
 * read on; undefined when no entry or several give it.
 */
function editionYear(work: FoundWork, year: YearKey, authorKeys: readonly string[][], sameName: readonly Scored[]): Decision | undefined {
  if (!/^\d{4}$/.test(year.base) || !work.authors[0]) return undefined;
  const fits = sameName.filter((c) => givesYear(c.profile.reference, year.base, c.profile.year.base));
  if (fits.length !== 1) return undefined;
  const rescored = scorePair(work, work.authors[0], authorKeys, year, fits[0].profile, { year: fits[0].profile.year.base });
  if (!rescored) return undefined;
  return linkedTo(rescored, SLIP_WEIGHT.editionYear, say('the entry gives {0} as the year of another edition or a translation', year.base));
}

/**
 * Whether the entry's text gives `year` to another edition or a translation: the year standing alone (not in a range,
 * its title or the date it was read on) after a word that says so ("Trad. cast. … 2010", "2. Aufl. 2015"). Or the
 * other way round, when the entry's own year is the one after such a word: `year` standing alone before it is the
 * edition the entry describes ("TILLICH, P. Der Mut zum Sein. Stuttgart, 1953 (Trad. cast. … 1969)" for "(1953)").
 */
function givesYear(reference: Reference, year: string, listed: string): boolean {
  const title = typeof reference.csl.title === 'string' ? reference.csl.title : '';
  const text = reference.text.replace(ACCESSED_PHRASE_RE, ' ').replace(title, ' ');
  const noted = (y: string): number => {
    for (let at = text.indexOf(y); at >= 0; at = text.indexOf(y, at + 1)) if (standsAlone(text, at) && (EDITION_NOTE_RE.test(text.slice(Math.max(0, at - EDITION_NOTE_REACH), at)) || EDITION_NOTE_RE.test(openBracketBefore(text, at)))) return at;
    return -1;
  };
  if (noted(year) >= 0) return true;
  const other = /^\d{4}$/.test(listed) ? noted(listed) : -1;
  if (other < 0) return false;
  for (let at = text.indexOf(year); at >= 0 && at < other; at = text.indexOf(year, at + 1)) if (standsAlone(text, at)) return true;
  return false;
}

/** A four-digit year at `at` that is no part of a range, a date or a number. */
function standsAlone(text: string, at: number): boolean {
  return !/[\d/.\u2013-]/.test(text.charAt(at - 1)) && !/[\d/\u2013-]/.test(text.charAt(at + 4));
}

/** How far before a year the word that gives it to another edition or a translation may stand. */
const EDITION_NOTE_REACH = 80;


/** Unresolved, naming the reference by the same name whose year is nearest. */
function closestMiss(work: FoundWork, year: YearKey, shown: string, sameName: readonly Scored[]): Decision {
  const near = [...sameName].sort((a, b) => yearDistance(year, a.profile.year) - yearDistance(year, b.profile.year) || b.confidence - a.confidence)[0];
  const theirs = near.profile.year.base ? `${near.profile.year.base}${near.profile.year.suffix}` : say('no year');
  return unresolved(
    say('no reference matches “{0}”; {1}', shown, say('the closest is “{0}” (entry {1}), but the year differs: text {2}, reference {3}', near.profile.label, near.profile.reference.index + 1, work.year, theirs)),
  );
}

/**
 * Links found citations to references. Returns the citations in the same order with each work's
 * status, targets (reference ids), confidence and reasons. A narrative citation whose first words
 * turn out not to belong to the linked author's name ("Professor Smith") starts at the name.
 */
export function linkCitations(found: readonly FoundCitation[], references: readonly Reference[], options: LinkOptions = {}): Citation[] {
  const linker = new Linker(references, options.hasReferenceList !== false);
  const aliases = citedAliases(found);
  const link = (w: FoundWork): Decision => {
    const linked = linker.link(w);
    if (linked.status !== 'unresolved') return linked;
    if (w.authors.length === 2) {
      // "(House of Lords Communications and Digital Committee, 2022)": one organisation whose name has an "and".
      const joined = linker.link({ ...w, authors: [`${w.authors[0]} and ${w.authors[1]}`] });
      if (joined.status === 'linked') return joined;
    }
    const split = w.authors.length === 1 ? splitAtConnector(w.authors[0]) : undefined;
    if (split) {
      // "(Fiormonte y del Rio, 2017)": two authors the finder read as one name.
      const two = linker.link({ ...w, authors: split });
      if (two.status === 'linked') return two;
    }
    const abbreviation = w.authors.length === 1 ? abbreviationAfter(w) : undefined;
    if (abbreviation) {
      // "Instituto Brasileiro de Geografia e Estatística (IBGE) (2025)" for "IBGE. Censo Demográfico …".
      const byAbbreviation = linker.link({ ...w, authors: [abbreviation] });
      if (byAbbreviation.status === 'linked') return { ...byAbbreviation, reasons: [say('the list has the organisation by the abbreviation the text gives, {0}', abbreviation), ...byAbbreviation.reasons] };
    }
    const full = w.authors.length === 1 ? aliases.get(w.authors[0]) : undefined;
    if (!full) return linked;
    const byName = linker.link({ ...w, authors: [full] });
    if (byName.status === 'unresolved') return linked;
    return { ...byName, reasons: [say('the essay writes “{0}” for “{1}”', w.authors[0], full), ...byName.reasons] };
  };
  // Every work is linked first without the near-year repair; the works left unresolved are tried again with it,
  // knowing which references the others link to.
  let count = 0;
  const decisions = found.map((citation) => {
    if (++count % 512 === 0) options.isCancelled?.();
    return citation.works.map(link);
  });
  const linkedElsewhere = new Set<string>();
  for (const ds of decisions) for (const d of ds) if (d.status === 'linked') for (const t of d.targets) linkedElsewhere.add(t);
  linker.allowNearYear(linkedElsewhere, found.flatMap((c) => c.works));
  const out: Citation[] = [];
  for (const [c, citation] of found.entries()) {
    if (++count % 512 === 0) options.isCancelled?.();
    let works: CitedWork[] = citation.works.map((w, k) => {
      const first = decisions[c][k];
      return withLink(w, first.status === 'unresolved' ? link(w) : first);
    });
    // Names that may be a thing's ("the Kyoto Protocol (1997)") are a citation only when they match.
    if (citation.doubtful && works.every((w) => w.status === 'unresolved')) continue;
    let start = citation.start;
    if (citation.kind === 'narrative' && citation.leadWords.length > 1 && works[0]?.status === 'linked') {
      const profile = linker.profileOf(works[0].targets[0]);
      if (profile) {
        const wordAt = (i: number): string => spanText(citation.text, citation.start, citation.leadWords[i]);
        let k = 0;
        while (k < citation.leadWords.length - 1 && !profile.nameWords.has(nameKey(wordAt(k)))) k++;
        // Given names written before the surname belong to the citation: "Jane Smith (2004)".
        while (k > 0 && isGivenNameOf(wordAt(k - 1), profile)) k--;
        if (k > 0) {
          const oldStart = start;
          start = citation.leadWords[k].start;
          const lead = citation.text.slice(start - oldStart, citation.leadWords[citation.leadWords.length - 1].end - oldStart);
          works = works.map((w) => {
            const moved = w.start === oldStart ? { start, text: citation.text.slice(start - oldStart, w.end - oldStart) } : {};
            return { ...w, ...moved, authors: [lead, ...w.authors.slice(1)] };
          });
        }
      }
    }
    out.push({ start, end: citation.end, text: citation.text.slice(start - citation.start), kind: citation.kind, works });
  }
  return out;
}

/** "Fiormonte y del Rio" → ["Fiormonte", "del Rio"]: a name of three words or more with a connector inside. */
function splitAtConnector(author: string): string[] | undefined {
  const words = author.split(/\s+/);
  if (words.length < 3) return undefined;
  const at = words.findIndex((word, i) => i > 0 && i < words.length - 1 && CONNECTORS.has(word.toLowerCase()));
  return at > 0 ? [words.slice(0, at).join(' '), words.slice(at + 1).join(' ')] : undefined;
}

/** An abbreviation in brackets right after a cited organisation's name: "World Health Organization [WHO], 2019". */
const CITED_ALIAS_RE = /^\s?[[(](\p{Lu}[\p{Lu}\d&-]{1,11})[\])]/u;

/**
 * The abbreviations the essay itself defines in its citations, by abbreviation: after
 * "(Instituto Nacional de Estadística y Geografía [INEGI], 2020)", "(INEGI, 2020)" names the same body.
 */
function citedAliases(found: readonly FoundCitation[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const citation of found) {
    for (const w of citation.works) {
      if (w.authors.length !== 1) continue;
      const abbreviation = abbreviationAfter(w);
      if (abbreviation && !out.has(abbreviation)) out.set(abbreviation, w.authors[0]);
    }
  }
  return out;
}

/** The abbreviation in brackets right after a work's one author (see {@link CITED_ALIAS_RE}), other than the name itself. */
function abbreviationAfter(w: FoundWork): string | undefined {
  const at = w.text.indexOf(w.authors[0]);
  if (at < 0) return undefined;
  const after = at + w.authors[0].length;
  const m = CITED_ALIAS_RE.exec(w.text.slice(after, after + 16));
  return m && m[1] !== w.authors[0] ? m[1] : undefined;
}

/** A found work with its link: one object literal of a fixed shape (spreading two objects is slow on large essays). */
function withLink(w: FoundWork, l: Decision): CitedWork {
  const out: { -readonly [K in keyof CitedWork]: CitedWork[K] } = {
    start: w.start,
    end: w.end,
    text: w.text,
    authors: w.authors,
    etAl: w.etAl,
    year: w.year,
    status: l.status,
    targets: l.targets,
    confidence: l.confidence,
    reasons: l.reasons,
  };
  if (w.originalYear !== undefined) out.originalYear = w.originalYear;
  if (w.prefix !== undefined) out.prefix = w.prefix;
  if (w.locator !== undefined) out.locator = w.locator;
  if (l.unknownName) out.unknownName = true;
  return out;
}

/** A capitalised name word ("Jane", "Jean-Luc", "O’Brien") or an initial ("J."). */
const GIVEN_NAME_RE = /^(?:\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}\.(?:-?\p{Lu}\.)*)$/u;

/**
 * Whether a word written before the linked reference's surname is one of its author's given names,
 * though not spelled as the list spells them: an initial of the list's given names ("Jane" for
 * "Smith, J."), or, when the list gives none, any capitalised name word. A month ("In March Smith")
 * or the name of an organisation is never one; titles and sentence words never reach here (the
 * finder stops at them).
 */
function isGivenNameOf(word: string, profile: Profile): boolean {
  const name = profile.names[0];
  if (!name || name.literal || !GIVEN_NAME_RE.test(word)) return false;
  const key = nameKey(word.endsWith('.') ? word.slice(0, -1) : word);
  if (key.length === 0) return false;
  // A month's name ("Jan", "May") is a given name only when the reference's initial agrees.
  if (name.given.length === 0) return !DATES.has(key);
  return name.given.some((g) => g.charAt(0) === key.charAt(0));
}

function spanText(text: string, offset: number, span: { start: number; end: number }): string {
  return text.slice(span.start - offset, span.end - offset);
}

/** Ids of the references no work targets (linked or ambiguous), in list order. */
export function uncitedReferences(citations: readonly Citation[], references: readonly Reference[]): string[] {
  const cited = new Set<string>();
  for (const c of citations) for (const w of c.works) if (w.status !== 'unresolved') for (const t of w.targets) cited.add(t);
  return references.filter((r) => !cited.has(r.id)).map((r) => r.id);
}