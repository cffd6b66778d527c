/**
 * The word classes the entry labeller's features look up: small lists of the words that mark a field
 * in the citation styles of the languages the engine reads (months, particles, role and locator
 * abbreviations, publisher, journal, conference, thesis and report words), and a short list of common
 * given names. Written out here once, as data; a word may belong to several classes.
 */

const CLASSES: Readonly<Record<string, string>> = {
  month:
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ene dic ' +
    'janeiro fevereiro março maio junho julho setembro outubro novembro dezembro fev mai out dez ' +
    'janvier février mars avril juin juillet août septembre octobre novembre décembre janv févr avr juil déc ' +
    'januar februar märz juni juli oktober dezember mär okt ' +
    'gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre ' +
    'spring summer autumn fall winter primavera verano otoño invierno verão outono inverno printemps été automne hiver frühling sommer herbst',
  particle: 'van von de da del della der den du la le di dos das do des ten ter vander zu af av',
  and: 'and & und y e et og och en ja',
  etal: 'al etal',
  in: 'in em en dans im',
  editorWord: 'ed eds editor editors edited edit hrsg hg herausgegeben org orgs organizador organizadores organizado coord coords comp comps compiled compilador ed(s) edd dir dirs éd éds a cura',
  by: 'by von por par di',
  translatorWord: 'trans translated translator translation tr transl übers übersetzt trad traducción tradução traduit traduction traduzione tradotto',
  pages: 'pp p pg pgs pág págs pages page s ss seiten',
  volume: 'vol vols volume volumes bd band tome tomo t jg jahrgang',
  issue: 'no nr num n nos issue heft fasc número numero',
  edition: 'edn edition ed ed. aufl auflage éd edición edição edizione rev revised 2nd 3rd 4th 5th first second third',
  publisher:
    'press verlag publishers publisher publishing publications books university universidad universidade università université universität ' +
    'editora editorial éditions edições ediciones editore editori editions presses routledge springer wiley elsevier sage palgrave macmillan ' +
    'penguin harper blackwell kluwer brill gruyter suhrkamp gallimard seuil puf mit oup cup norton vintage random house basic academic ' +
    'inc ltd llc co gmbh verlags company publ',
  journal:
    'journal journals review quarterly studies bulletin annals annales revista zeitschrift cadernos forum magazine letters rivista revue ' +
    'jahrbuch yearbook anuario anuário transactions archives research science sciences nature quarterly j rev proc trans acta international ' +
    'american european british psychology sociology economics history philosophy linguistics inquiry',
  conference:
    'proceedings proc conference conf congress congresso congreso kongress symposium simpósio simposio workshop meeting anais actas atas tagung ' +
    'konferenz colloque colóquio seminário seminario convention annual',
  thesis:
    'thesis dissertation tese dissertação tesis doctoral phd ph.d master\'s masters mestrado doutorado doctorado diplomarbeit masterarbeit ' +
    'doktorarbeit habilitationsschrift thèse mémoire',
  report: 'report reports working paper papers discussion occasional policy brief technical memorandum relatório informe documento arbeitspapier series',
  access: 'retrieved accessed available online consultado consulté acesso accedido abgerufen viewed visited from at url doi',
  place:
    'new york london paris berlin oxford cambridge chicago boston amsterdam madrid barcelona lisboa lisbon rio janeiro são paulo buenos aires ' +
    'méxico mexico frankfurt münchen munich hamburg leipzig wien vienna zürich basel bern milano milan roma rome torino bologna princeton ' +
    'stanford berkeley los angeles san francisco washington philadelphia baltimore toronto montreal sydney melbourne tokyo beijing ' +
    'heidelberg stuttgart köln cologne bruxelles brussels leiden utrecht stockholm copenhagen oslo helsinki dordrecht hoboken thousand oaks ' +
    'abingdon durham ithaca minneapolis cape town johannesburg pretoria bogotá santiago lima caracas montevideo québec genève geneva',
  given:
    'john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark paul steven andrew kenneth ' +
    'joshua kevin brian george edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon ' +
    'benjamin samuel frank gregory raymond alexander patrick jack dennis jerry peter henry walter carl arthur harold' +
    ' mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra ashley dorothy kimberly emily ' +
    'donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela ' +
    'nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria ' +
    'kelly christina joan evelyn lauren judith olivia martha cheryl megan andrea hannah jacqueline ann jean alice kathryn gloria teresa ' +
    'jean pierre jacques michel françois bruno luc marie claude hans jürgen klaus wolfgang karl friedrich heinrich josé juan carlos luis ' +
    'antonio manuel francisco jorge pedro miguel javier ana carmen lucía marta joão paulo ricardo marco giovanni giuseppe luca paolo ' +
    'andrea francesco alessandro lars erik anders ben noam jane ellen sara nils',
};

const TABLE: ReadonlyMap<string, readonly string[]> = (() => {
  const table = new Map<string, string[]>();
  for (const [name, words] of Object.entries(CLASSES)) {
    for (const word of words.split(' ')) {
      if (word === '') continue;
      const list = table.get(word);
      if (list) {
        if (!list.includes(name)) list.push(name);
      } else {
        table.set(word, [name]);
      }
    }
  }
  return table;
})();

const NONE: readonly string[] = [];

/** The classes of a lower-cased word without surrounding punctuation ("eds", "pp", "press"); none when it is in no list. */
export function wordClasses(lower: string): readonly string[] {
  return TABLE.get(lower) ?? NONE;
}
