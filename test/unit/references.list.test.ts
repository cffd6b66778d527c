// findReferenceList / readReferences: where the list is, how it splits into entries, and what is not
// part of it. Each row is a small essay; `entries` are the exact entry texts expected, in order.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findReferenceList, readReferences } from '../../src/core/references';
import { stripBom } from '../../src/core/text';
import { findFurniture, isMasthead, isRunningHead } from '../../src/core/references/pageFurniture';
import { labelledEntries, wrap } from '../../tools/eval/split';

interface Row {
  readonly name: string;
  readonly text: string;
  /** Expected entry texts; undefined when no list must be found. */
  readonly entries?: readonly string[];
  /** Expected heading text, or null when the list has no heading. */
  readonly heading?: string | null;
}

const A = 'Smith, J. A. (2010). A title. Journal of Things, 12(3), 45–67.';
const B = 'Lee, K., & Park, M. (2012). Another title. Oxford University Press.';
const C = 'Wang, Haiyun (2007). Eluosi jueqi, in: Yanjiu, 1, pp. 1-7.';
const PROSE = 'This essay argues, with Smith (2010) and Lee and Park (2012), that the question remains open.';

const rows: Row[] = [
  { name: '"References" heading, blank lines between entries', text: `Title\n\n${PROSE}\n\nReferences\n\n${A}\n\n${B}\n`, entries: [A, B], heading: 'References' },
  { name: 'one entry a line, no blank lines', text: `Title\n\n${PROSE}\n\nReferences\n${A}\n${B}\n${C}`, entries: [A, B, C], heading: 'References' },
  { name: 'numbered heading with trailing colon and spaces', text: `${PROSE}\n\n7. References:   \n\n${A}\n\n${B}`, entries: [A, B], heading: '7. References:' },
  { name: 'markdown heading and "- " markers (excluded from the entries)', text: `# T\n\n${PROSE}\n\n## References\n\n- ${A}\n- ${B}\n`, entries: [A, B], heading: '## References' },
  { name: 'numbered list markers "1." and "[2]"', text: `${PROSE}\n\nBibliography\n\n1. ${A}\n[2] ${B}\n`, entries: [A, B] },
  { name: 'bold heading in another language', text: `${PROSE}\n\n**Referências Bibliográficas**\n\n${A}\n\n${B}`, entries: [A, B] },
  { name: 'heading in capitals with an accent', text: `${PROSE}\n\nREFERÊNCIAS\n\n${A}\n\n${B}`, entries: [A, B], heading: 'REFERÊNCIAS' },
  { name: 'German heading', text: `${PROSE}\n\nLiteraturverzeichnis\n\n${A}\n\n${B}`, entries: [A, B] },
  { name: 'Spanish heading with accent', text: `${PROSE}\n\nReferencias bibliográficas\n\n${A}\n\n${B}`, entries: [A, B] },
  { name: 'Works Cited', text: `${PROSE}\n\nWorks Cited\n\n${A}\n\n${B}`, entries: [A, B] },
  { name: 'German "Quellen- und Literaturverzeichnis"', text: `${PROSE}\n\nQuellen- und Literaturverzeichnis\n\n${A}\n\n${B}`, entries: [A, B] },
  { name: 'German "Quellenangaben" (a term paper\'s list)', text: `${PROSE}\n\nQuellenangaben\n\n${A}\n\n${B}`, entries: [A, B], heading: 'Quellenangaben' },
  { name: 'German "Verzeichnis der verwendeten Literatur"', text: `${PROSE}\n\nVerzeichnis der verwendeten Literatur\n\n${A}\n\n${B}`, entries: [A, B], heading: 'Verzeichnis der verwendeten Literatur' },
  { name: 'negative: "Internetquellen" heads a part of the list, not a list of its own', text: `${PROSE}\n\nLiteratur- und Quellenverzeichnis\n\nMonographien\n\n${A}\n\nInternetquellen\n\n${B}`, entries: [A, B], heading: 'Literatur- und Quellenverzeichnis' },
  { name: 'Italian "Opere citate"', text: `${PROSE}\n\nOpere citate\n\n${A}\n\n${B}`, entries: [A, B] },
  { name: 'French "Bibliographie sélective"', text: `${PROSE}\n\nBibliographie sélective\n\n${A}\n\n${B}`, entries: [A, B] },
  { name: 'English "Sources and references"', text: `${PROSE}\n\nSources and references\n\n${A}\n\n${B}`, entries: [A, B] },
  ...[
    'R E F E R E N C E S',
    'Bibliographical references',
    'Fuentes consultadas',
    'Bibliography / References',
    'Works Cited and Consulted',
    'Fonti bibliografiche',
    'Bibliografia di riferimento',
    'Literaturhinweise',
    'Schrifttum',
    '7 Literaturnachweise',
  ].map((heading) => ({ name: `a heading of the words of headings: "${heading}"`, text: `${PROSE}\n\n${heading}\n\n${A}\n\n${B}`, entries: [A, B], heading })),
  { name: 'negative: "Literature review" is a section of the essay, not the list', text: `${PROSE}\n\nLiterature review\n\n${PROSE}\n\nReferences\n\n${A}\n\n${B}`, entries: [A, B], heading: 'References' },
  { name: 'negative: "Data sources" is a section of the essay, not the list', text: `${PROSE}\n\nData sources\n\n${PROSE}\n\nReferences\n\n${A}\n\n${B}`, entries: [A, B], heading: 'References' },
  { name: 'English "References and further reading" (a report\'s list)', text: `${PROSE}\n\nReferences and further reading\n\n${A}\n\n${B}`, entries: [A, B], heading: 'References and further reading' },
  { name: 'negative: "Sekundärliteratur" is a sub-heading, not a heading of its own', text: `${PROSE}\n\nLiteratur\n\nPrimärliteratur\n\n${A}\n\nSekundärliteratur\n\n${B}`, entries: [A, B], heading: 'Literatur' },
  { name: 'non-breaking spaces after the heading', text: `${PROSE}\n\nReferences\u00a0 \u00a0\n\n${A}\n\n${B}`, entries: [A, B], heading: 'References' },
  {
    name: 'the last heading wins over one in a table of contents',
    text: `Contents\n1. Introduction\n2. References\n\n${PROSE}\n\nReferences\n\n${A}\n\n${B}`,
    entries: [A, B],
    heading: 'References',
  },
  {
    name: 'wrapped entries: continuation lines start lower-case or follow a comma',
    text: `${PROSE}\n\nReferences\n\nCONNELLY, Heather and ROHDE, Caroline (2015), The New Ice Curtain: Russia’s Strategic Reach\nto the Arctic, Washington: Center for Strategic Studies, pp. 1-90.\n\nZyskowski, Katarzyna (2011) “Military Aspects”, in: Kraska, J. (ed.),\nArctic Security in an Age of Climate Change, Cambridge University Press, pp. 85-106.\n`,
    entries: [
      'CONNELLY, Heather and ROHDE, Caroline (2015), The New Ice Curtain: Russia’s Strategic Reach\nto the Arctic, Washington: Center for Strategic Studies, pp. 1-90.',
      'Zyskowski, Katarzyna (2011) “Military Aspects”, in: Kraska, J. (ed.),\nArctic Security in an Age of Climate Change, Cambridge University Press, pp. 85-106.',
    ],
  },
  {
    name: 'hanging indent without blank lines',
    text: `${PROSE}\n\nReferences\nSmith, J. A. (2010). A very long title that wraps onto the next\n    line of the list. Journal of Things, 12(3), 45–67.\nLee, K. (2012). Another title. Oxford University Press.\n`,
    entries: ['Smith, J. A. (2010). A very long title that wraps onto the next\n    line of the list. Journal of Things, 12(3), 45–67.', 'Lee, K. (2012). Another title. Oxford University Press.'],
  },
  { name: 'CRLF line endings', text: `${PROSE}\r\n\r\nReferences\r\n\r\n${A}\r\n\r\n${B}\r\n`, entries: [A, B] },
  { name: 'lone CR line endings', text: `${PROSE}\r\rReferences\r\r${A}\r\r${B}\r`, entries: [A, B] },
  { name: 'tabs before entries', text: `${PROSE}\n\nReferences\n\n\t${A}\n\n\t${B}`, entries: [A, B] },
  {
    name: 'author bio and comment prompt after the list are not entries',
    text: `${PROSE}\n\nReferences\n\n${A}\n\n${B}\n\n\u00a0\n\nPaulo Afonso Duarte is a PhD student in International Relations at the University of Lisbon. He is a researcher at the Instituto do Oriente (duarte@example.org).\n\nSeja o primeiro a comentar`,
    entries: [A, B],
  },
  { name: 'separator then footer', text: `${PROSE}\n\nReferences\n\n${A}\n\n${B}\n\n---\n\n© 2016 Some Journal. All rights reserved.`, entries: [A, B] },
  { name: '"Share this:" and "Leave a comment" right after the list', text: `${PROSE}\n\nReferences\n${A}\n${B}\nShare this:\nLeave a comment`, entries: [A, B] },
  { name: 'notes after the list', text: `${PROSE}\n\nReferences\n\n${A}\n\n${B}\n\nNotes\n\n1. See Smith (2010) for the background.`, entries: [A, B] },
  { name: 'sub-headings inside the list are skipped', text: `${PROSE}\n\nReferences\n\nPrimary sources\n\n${A}\n\nSecondary sources\n\n${B}`, entries: [A, B] },
  {
    name: 'same author rule continues the list',
    text: `${PROSE}\n\nReferences\n\nMarsh, Theodora. 2004. "Miasma." Isis 95 (3): 392–415.\n\n———. 2012. Counting the Dead. Chicago: University of Chicago Press.`,
    entries: ['Marsh, Theodora. 2004. "Miasma." Isis 95 (3): 392–415.', '———. 2012. Counting the Dead. Chicago: University of Chicago Press.'],
  },
  {
    name: 'an entry without a year between two ordinary ones stays',
    text: `${PROSE}\n\nReferences\n\n${A}\n\nMorrison, Toni. Playing in the Dark. Harvard University Press.\n\n${B}`,
    entries: [A, 'Morrison, Toni. Playing in the Dark. Harvard University Press.', B],
  },
  {
    name: 'PDF text: heading in capitals, hanging indents, a running head and a page number between entries',
    text: `${PROSE}\n\nREFERENCES\n\nBarron K, Kung E and Proserpio D (2021) The effect of home-sharing on house\n   prices and rents: Evidence from Airbnb. Marketing Science 40(1): 23–47.\nGlass R (1964) Introduction: Aspects of change. In: Centre for Urban Studies\n   (ed.) London: Aspects of Change. London: MacGibbon & Kee, pp. xiii–xlii.\n\nKeller and Osei   215\n\nLees L, Slater T and Wyly E (2008) Gentrification. New York: Routledge.\n216   Journal of Urban Studies 18(3)\nMurzyn MA (2006) Kazimierz: The Central European Experience of Urban\n   Regeneration. Kraków: International Cultural Centre.\n17\nSmith N (1979) Toward a theory of gentrification. Journal of the American\n   Planning Association 45(4): 538–548.\n`,
    entries: [
      'Barron K, Kung E and Proserpio D (2021) The effect of home-sharing on house\n   prices and rents: Evidence from Airbnb. Marketing Science 40(1): 23–47.',
      'Glass R (1964) Introduction: Aspects of change. In: Centre for Urban Studies\n   (ed.) London: Aspects of Change. London: MacGibbon & Kee, pp. xiii–xlii.',
      'Lees L, Slater T and Wyly E (2008) Gentrification. New York: Routledge.',
      'Murzyn MA (2006) Kazimierz: The Central European Experience of Urban\n   Regeneration. Kraków: International Cultural Centre.',
      'Smith N (1979) Toward a theory of gentrification. Journal of the American\n   Planning Association 45(4): 538–548.',
    ],
    heading: 'REFERENCES',
  },
  {
    name: 'PDF text: wrapped entries without indentation; a place and publisher line continues the entry',
    text: `${PROSE}\n\nReferences\n\nColomb C and Moreira de Souza T (2021) Regulating Short-Term Rentals:\nPlatform-Based Property Rentals in European Cities: The Policy Debates.\nLondon: Property Research Trust.\nGant AC (2016) Holiday rentals: The new gentrification battlefront.\nSociological Research Online 21(3): 112–120.\n`,
    entries: [
      'Colomb C and Moreira de Souza T (2021) Regulating Short-Term Rentals:\nPlatform-Based Property Rentals in European Cities: The Policy Debates.\nLondon: Property Research Trust.',
      'Gant AC (2016) Holiday rentals: The new gentrification battlefront.\nSociological Research Online 21(3): 112–120.',
    ],
  },
  {
    name: 'wrapped flush left: after an address too long to break, on a line of its own, names and their year start an entry (found essay 08 wrapped)',
    text: `${PROSE}\n\nReferences\n\nAllan, B., & Smylie, J. (2015). First Peoples, second class treatment:\nThe role of racism in the health and well-being of Indigenous peoples in\nCanada. The Wellesley Institute.\nhttps://www.wellesleyinstitute.com/wp-content/uploads/2015/02/Summary-First-Peoples-Second-Class-Treatment-Final.pdf\nArchibald, J. (2008). Indigenous storywork: Educating the heart, mind,\nbody, and spirit. University of British Columbia Press.\nAtleo, C. (2010). Nuu-chah-nulth economic development and the changing\nnature of our relationships within the ha'houlthee of our hahoulthee.\n`,
    entries: [
      'Allan, B., & Smylie, J. (2015). First Peoples, second class treatment:\nThe role of racism in the health and well-being of Indigenous peoples in\nCanada. The Wellesley Institute.\nhttps://www.wellesleyinstitute.com/wp-content/uploads/2015/02/Summary-First-Peoples-Second-Class-Treatment-Final.pdf',
      'Archibald, J. (2008). Indigenous storywork: Educating the heart, mind,\nbody, and spirit. University of British Columbia Press.',
      "Atleo, C. (2010). Nuu-chah-nulth economic development and the changing\nnature of our relationships within the ha'houlthee of our hahoulthee.",
    ],
  },
  {
    name: 'wrapped flush left: a line that opens with an edition\'s number ("1. ed.") goes on with its entry, it is no list marker (found PDF 24 wrapped)',
    text: `${PROSE}\n\nReferências\n\nBAVINCK, H. Dogmática Reformada: Espírito Santo, Igreja e Nova Criação.\n1. ed. São Paulo: Cultura Cristã, 2012. v. 4. Título original: Reformed\nDogmatics. ISBN 978-85-7622-400-6.\nBERKHOF, L. Teologia Sistemática. 4. ed. São Paulo: Cultura Cristã,\n2012. Título original: Systematic Theology. ISBN 978-85-7622-462-4.\n`,
    entries: [
      'BAVINCK, H. Dogmática Reformada: Espírito Santo, Igreja e Nova Criação.\n1. ed. São Paulo: Cultura Cristã, 2012. v. 4. Título original: Reformed\nDogmatics. ISBN 978-85-7622-400-6.',
      'BERKHOF, L. Teologia Sistemática. 4. ed. São Paulo: Cultura Cristã,\n2012. Título original: Systematic Theology. ISBN 978-85-7622-462-4.',
    ],
  },
  {
    name: 'PDF text: a page break inside an entry keeps the entry whole',
    text: `${PROSE}\n\nReferences\n\nSlater T (2006) The eviction of critical perspectives from gentrification\n\n14   Journal of Urban Studies\n\n   research. International Journal of Urban and Regional Research 30(4): 737–757.\nSrnicek N (2017) Platform Capitalism. Cambridge: Polity Press.\n`,
    entries: [
      'Slater T (2006) The eviction of critical perspectives from gentrification\n\n14   Journal of Urban Studies\n\n   research. International Journal of Urban and Regional Research 30(4): 737–757.',
      'Srnicek N (2017) Platform Capitalism. Cambridge: Polity Press.',
    ],
  },
  {
    name: 'MLA 9 Works Cited: a lower-case author, a lower-case title, "---." for the same author',
    text: `${PROSE}\n\nWorks Cited\n\nAnderson, Monica, and Jingjing Jiang. "Teens, Social Media & Technology 2018." Pew Research Center, 31 May 2018, www.pewresearch.org/internet/2018/05/31/teens/. Accessed 3 May 2020.\nboyd, danah. It's Complicated: The Social Lives of Networked Teens. Yale UP, 2014.\nTurkle, Sherry. Alone Together. Basic Books, 2011.\n---. Reclaiming Conversation. Penguin Press, 2015.\nTwenge, Jean M. iGen: Why Today's Super-Connected Kids Are Growing Up Less Rebellious. Atria Books, 2017.\n`,
    entries: [
      'Anderson, Monica, and Jingjing Jiang. "Teens, Social Media & Technology 2018." Pew Research Center, 31 May 2018, www.pewresearch.org/internet/2018/05/31/teens/. Accessed 3 May 2020.',
      "boyd, danah. It's Complicated: The Social Lives of Networked Teens. Yale UP, 2014.",
      'Turkle, Sherry. Alone Together. Basic Books, 2011.',
      '---. Reclaiming Conversation. Penguin Press, 2015.',
      "Twenge, Jean M. iGen: Why Today's Super-Connected Kids Are Growing Up Less Rebellious. Atria Books, 2017.",
    ],
  },
  {
    name: 'entries that start with a lower-case particle or an elided article',
    text: `${PROSE}\n\nLiteratuur\n\nBerg, A. van den (2015). De wijk als energieproject. Amsterdam: Van Gennep.\nde Boer, J., & Zuidema, C. (2015). Towards an integrated energy landscape. Urban Design and Planning, 168(5), 231-240.\nDijk, J. van (2018). De warmtetransitie. Utrecht: Jan van Arkel.\n’t Hart, H. (2009). Het einde van de inspraak. Den Haag: Boom Lemma.\nvan der Linden, P. 2011. Wonen. Delft: Eburon.\n`,
    entries: [
      'Berg, A. van den (2015). De wijk als energieproject. Amsterdam: Van Gennep.',
      'de Boer, J., & Zuidema, C. (2015). Towards an integrated energy landscape. Urban Design and Planning, 168(5), 231-240.',
      'Dijk, J. van (2018). De warmtetransitie. Utrecht: Jan van Arkel.',
      '’t Hart, H. (2009). Het einde van de inspraak. Den Haag: Boom Lemma.',
      'van der Linden, P. 2011. Wonen. Delft: Eburon.',
    ],
  },
  {
    name: 'negative: a wrapped line that starts with a particle but has no year after the names continues the entry',
    text: `${PROSE}\n\nReferences\n\nSmith, J. (2010). Essays in honour of\nvan der Berg, Maria. Leiden: Brill.\nLee, K. (2012). Another title. Oxford University Press.\n`,
    entries: ['Smith, J. (2010). Essays in honour of\nvan der Berg, Maria. Leiden: Brill.', 'Lee, K. (2012). Another title. Oxford University Press.'],
  },
  {
    name: 'negative: a lower-case line after a finished entry without names and year continues it',
    text: `${PROSE}\n\nReferences\n\nSmith, J. (2010). A title. London: Verso.\nreprinted with a new preface.\nLee, K. (2012). Another title. Oxford University Press.\n`,
    entries: ['Smith, J. (2010). A title. London: Verso.\nreprinted with a new preface.', 'Lee, K. (2012). Another title. Oxford University Press.'],
  },
  {
    name: 'PDF text: names wrapped after "and", an editors’ book and a US place on their own lines continue the entry',
    text: `${PROSE}\n\nREFERENCES\n\nLees L, Slater T and\nWyly E (2008) Gentrification. New York: Routledge.\nCocola-Gant A (2018) Tourism gentrification. In: Lees L and Phillips M (eds)\nHandbook of Gentrification Studies. Cheltenham: Edward Elgar, pp. 281–293.\nSassen S (1991) The Global City: New York, London, Tokyo.\nPrinceton, NJ: Princeton University Press.\nZukin S (1987) Gentrification: Culture and capital in the urban core. Annual\nReview of Sociology 13: 129–147.\n`,
    entries: [
      'Lees L, Slater T and\nWyly E (2008) Gentrification. New York: Routledge.',
      'Cocola-Gant A (2018) Tourism gentrification. In: Lees L and Phillips M (eds)\nHandbook of Gentrification Studies. Cheltenham: Edward Elgar, pp. 281–293.',
      'Sassen S (1991) The Global City: New York, London, Tokyo.\nPrinceton, NJ: Princeton University Press.',
      'Zukin S (1987) Gentrification: Culture and capital in the urban core. Annual\nReview of Sociology 13: 129–147.',
    ],
  },
  {
    name: 'MLA wrapped flush left: a publisher-and-year line ends the entry; a particle line after a finished entry starts one',
    text: `${PROSE}\n\nWorks Cited\n\nCarr, Nicholas. The Shallows: What the Internet Is Doing to Our Brains. W. W.\nNorton, 2010.\nde Botton, Alain. Status Anxiety. Pantheon Books, 2004.\nvan Dijck, José. The Culture of Connectivity: A Critical History of Social\nMedia. Oxford UP, 2013.\nWorld Health Organization. Adolescent Mental Health. WHO, 2020.\nZuboff, Shoshana. The Age of Surveillance Capitalism. Profile Books,\n2019.\n`,
    entries: [
      'Carr, Nicholas. The Shallows: What the Internet Is Doing to Our Brains. W. W.\nNorton, 2010.',
      'de Botton, Alain. Status Anxiety. Pantheon Books, 2004.',
      'van Dijck, José. The Culture of Connectivity: A Critical History of Social\nMedia. Oxford UP, 2013.',
      'World Health Organization. Adolescent Mental Health. WHO, 2020.',
      'Zuboff, Shoshana. The Age of Surveillance Capitalism. Profile Books,\n2019.',
    ],
  },
  { name: 'no heading: trailing block of entries', text: `Title\n\n${PROSE}\n\n${PROSE}\n\n${A}\n\n${B}\n\n${C}\n\nShare this:\nLeave a comment`, entries: [A, B, C], heading: null },
  {
    name: 'journal style wrapped without blank lines: entries that start with a lower-case particle and initials',
    text: `${PROSE}\n\nLiterature Cited\n\nSilvestri F, Costa A (2019) A habitat model for seagrass restoration in the\nMediterranean. Ocean Coast Manage 178:104812\nvan der Meulen A, Kuipers R, de Graaf M (2016) Scale-dependent feedbacks de-\ntermine the outcome of restoration. Ecol Appl 26:1120–1133\nvan Dijk JK, Brouwer E (2019) Storm disturbance and restored eelgrass. Estuar Coast\nShelf Sci 224:55–63\n`,
    entries: [
      'Silvestri F, Costa A (2019) A habitat model for seagrass restoration in the\nMediterranean. Ocean Coast Manage 178:104812',
      'van der Meulen A, Kuipers R, de Graaf M (2016) Scale-dependent feedbacks de-\ntermine the outcome of restoration. Ecol Appl 26:1120–1133',
      'van Dijk JK, Brouwer E (2019) Storm disturbance and restored eelgrass. Estuar Coast\nShelf Sci 224:55–63',
    ],
  },
  {
    name: 'the first entry under the heading has names the parser cannot read, but a year',
    text: `${PROSE}\n\nReferences\n\nDepartment for Digital, Culture, Media and Sport [DCMS] & Home Office. (2019). Online harms white paper. HM Government.\n\n${A}\n\n${B}`,
    entries: ['Department for Digital, Culture, Media and Sport [DCMS] & Home Office. (2019). Online harms white paper. HM Government.', A, B],
  },
  {
    name: 'negative: an introductory line without a year is not the first entry',
    text: `${PROSE}\n\nReferences\n\nThe works cited in this essay:\n\n${A}\n\n${B}`,
    entries: [A, B],
  },
  {
    name: 'wrapped entries, an organisation with its abbreviation in brackets, a running head with a middle dot',
    text: `${PROSE}\n\nBibliografía\n\n${A}\nRevista de Estudios Laborales · 47\nObservatorio de la Economía Social [OES]. (2021). Relevamiento de empresas recuperadas 2020.\nBuenos Aires: OES.\n${B}`,
    entries: [A, 'Observatorio de la Economía Social [OES]. (2021). Relevamiento de empresas recuperadas 2020.\nBuenos Aires: OES.', B],
  },
  {
    name: 'a short journal line ending in its numbers continues the entry; a running head with its page number is skipped',
    text: `${PROSE}\n\nLiterature Cited\n\nKowalczyk M (2011a) Genotypic diversity and transplant success in Zostera marina.\nMol Ecol 20:3391–3402\nUrban Ecology Review 171\nKristiansen H (2009) Cost-effectiveness of seagrass restoration.\nEcol Econ 68:2110–2118\n`,
    entries: ['Kowalczyk M (2011a) Genotypic diversity and transplant success in Zostera marina.\nMol Ecol 20:3391–3402', 'Kristiansen H (2009) Cost-effectiveness of seagrass restoration.\nEcol Econ 68:2110–2118'],
  },
  {
    name: 'bare web addresses as entries, first and last',
    text: `${PROSE}\n\nBibliography:\n\nhttps://www.bbc.co.uk/news/world-59989479\n\n${A}\n\n${B}\n\nhttps://www.wrap.org.uk/taking-action/textiles\n`,
    entries: ['https://www.bbc.co.uk/news/world-59989479', A, B, 'https://www.wrap.org.uk/taking-action/textiles'],
  },
  {
    name: 'a wrapped entry whose last line is a heading word ("Martins⏎Fontes.") ends there, not at a heading',
    text: `${PROSE}\n\nReferências\n\n${A}\n\nVYGOTSKY, L. S. (1984). A Formação Social da Mente. São Paulo: Martins\nFontes.\n`,
    entries: [A, 'VYGOTSKY, L. S. (1984). A Formação Social da Mente. São Paulo: Martins\nFontes.'],
    heading: 'Referências',
  },
  {
    name: 'negative: a heading right under a line of prose cut short is still a heading',
    text: `${PROSE}\nConflict of interest: none\nReferences\n\n${A}\n\n${B}\n`,
    entries: [A, B],
    heading: 'References',
  },
  {
    name: 'negative: "Fontes" on its own after a finished entry is still a heading',
    text: `${PROSE}\n\n${A}\nFontes\n\n${B}\n`,
    entries: [B],
    heading: 'Fontes',
  },
  {
    name: 'an entry the list prints twice keeps its lines: a repeated run of lines is not a running head',
    text: `${PROSE}\n\nReferências\n\nSILVA, T.; MELO, J. A Teoria do Flow na contribuição do\nengajamento estudantil para apoiar a escolha de jogos no ensino de\nprogramação. In: Simpósio, 2015.\n\n${A}\n\nSILVA, T.; MELO, J. A Teoria do Flow na contribuição do\nengajamento estudantil para apoiar a escolha de jogos no ensino de\nprogramação. Anais, 2015.\n`,
    entries: [
      'SILVA, T.; MELO, J. A Teoria do Flow na contribuição do\nengajamento estudantil para apoiar a escolha de jogos no ensino de\nprogramação. In: Simpósio, 2015.',
      A,
      'SILVA, T.; MELO, J. A Teoria do Flow na contribuição do\nengajamento estudantil para apoiar a escolha de jogos no ensino de\nprogramação. Anais, 2015.',
    ],
  },
  { name: 'no heading: two entries are not enough', text: `Title\n\n${PROSE}\n\n${A}\n\n${B}`, entries: undefined },
  { name: 'prose only', text: `Title\n\n${PROSE}\n\n${PROSE}\n\nIn 2004 (Smith, 2004) the results were mixed.`, entries: undefined },
  { name: 'a heading with nothing after it', text: `${PROSE}\n\nReferences\n`, entries: undefined },
  { name: 'a heading followed by prose only', text: `${PROSE}\n\nSources\n\nThe data come from the national statistics office and were collected over ten years by several teams of researchers working in the field, who interviewed farmers, officials and traders in each of the regions. The interviews were recorded and transcribed. The transcripts were then coded by two readers. Disagreements were resolved by discussion.`, entries: undefined },
  { name: '"References" inside a sentence is not a heading', text: `References to the past are common in this literature.\n\n${PROSE}`, entries: undefined },
  { name: 'empty text', text: '', entries: undefined },
];

describe('findReferenceList', () => {
  for (const row of rows) {
    it(row.name, () => {
      const found = findReferenceList(row.text);
      if (row.entries === undefined) {
        assert.equal(found, undefined, `no list expected, got ${JSON.stringify(found?.entries.map((e) => row.text.slice(e.start, e.end)))}`);
        return;
      }
      assert.ok(found, 'a list was expected');
      assert.deepEqual(
        found.entries.map((e) => row.text.slice(e.start, e.end)),
        row.entries,
      );
      assert.equal(found.span.start, found.entries[0].start);
      assert.equal(found.span.end, found.entries[found.entries.length - 1].end);
      if (row.heading === null) assert.equal(found.heading, undefined);
      else if (row.heading !== undefined) {
        assert.ok(found.heading);
        assert.equal(row.text.slice(found.heading.start, found.heading.end), row.heading);
      }
    });
  }
});

/** Lists after each part of a document (found PDF 20: "REFERENCES" after Part 1 and again after Part 2). */
describe('findReferenceList: a list after each part', () => {
  const D = 'Walker, A., Colquitt, G., Elliott, S., Emter, M., & Li, L. (2019). Using participatory action research to evaluate programs serving people experiencing homelessness. Action Research, 18(3), 301–322.';
  const E = 'Isaacs, A. (2014). An overview of qualitative research methodology for public health researchers. International Journal of Medicine and Public Health, 4(4), 318.';
  const PART2 =
    'PART 2\n\nA CRITICAL APPRAISAL OF THE RESEARCH PAPER\n\nThis part appraises a study that uses participatory action research to evaluate the programmes that serve people who experience homelessness. The paper by Walker et al. (2019) does so with the methods that Isaacs (2014) describes for public health researchers.\n\nIts aims are stated clearly, and its design follows from them; its sample, however, is small, and the authors say little about how the participants were chosen.';
  const rows: { name: string; text: string; earlier: string[][]; entries: string[] }[] = [
    {
      name: 'two lists under the same heading, with a part between them: both are read, the last as the list',
      text: `PART 1\n\n${PROSE}\n\nREFERENCES\n\n${A}\n\n${B}\n\n${C}\n\n${PART2}\n\nREFERENCES\n\n${D}\n\n${E}\n\n${A}\n`,
      earlier: [[A, B, C]],
      entries: [D, E, A],
    },
    {
      name: 'chapters with lists of their own under other headings',
      text: `1 Introduction\n\n${PROSE}\n\nBibliography\n\n${A}\n\n${B}\n\n${C}\n\n2 Methods\n\n${PART2}\n\nLiteratur\n\n${D}\n\n${E}\n`,
      earlier: [[A, B, C]],
      entries: [D, E],
    },
    {
      name: 'negative: a heading over two entries in the text before the list is no list of its own',
      text: `${PROSE}\n\nSources\n\n${A}\n\n${B}\n\n${PART2}\n\nReferences\n\n${D}\n\n${E}\n`,
      earlier: [],
      entries: [D, E],
    },
    {
      name: 'negative: "References" in a table of contents is no list',
      text: `Contents\n\n1 Introduction 1\nReferences 9\n\n${PROSE}\n\nReferences\n\n${A}\n\n${B}\n\n${C}\n`,
      earlier: [],
      entries: [A, B, C],
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const found = findReferenceList(row.text);
      assert.ok(found);
      assert.deepEqual(
        (found.earlier ?? []).map((l) => l.entries.map((e) => row.text.slice(e.start, e.end))),
        row.earlier,
      );
      assert.deepEqual(
        found.entries.map((e) => row.text.slice(e.start, e.end)),
        row.entries,
      );
    });
  }

  it('readReferences numbers the entries of all lists in text order and names each list', () => {
    const text = rows[0].text;
    const read = readReferences(text);
    assert.deepEqual(
      read.references.map((r) => r.text),
      [A, B, C, D, E, A],
    );
    assert.deepEqual(
      read.references.map((r) => r.id),
      ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'],
    );
    assert.equal(read.referenceList?.earlier?.length, 1);
    assert.equal(text.slice(read.referenceList?.earlier?.[0].heading.start, read.referenceList?.earlier?.[0].heading.end), 'REFERENCES');
  });
});

/**
 * The end of a list and its layout: rows of lists as essays print them. Where a row quotes a real list,
 * its source and licence are named; the other rows are written for the rule they test.
 */
/** Entries of found essay 05 wrapped at 72 columns, as a plain-text file has them: addresses overflow the width. */
const WRAPPED_WITH_ADDRESSES = [
  "BARRETO, Angela Maria. Informação e conhecimento na era digital.\nTransinformação vol.17, no. 2 Campinas May/Aug. 2005. Campinas.\nmai/ago., 2005. Disponível em:\nhttp://www.scielo.br/scielo.php?script=sci_arttext&pid=S0103-37862005000200002.\nAcesso em: 07 mai. 2020.",
  "BARROS, Daniela M. V. et al. Cenários Virtuais de Aprendizagem,\ncolaboração e intercâmbio: a coaprendizagem como uma estratégia didático\npedagógica. Revista Tempos e espaços na educação. UFS. Sergipe V. 7 n.\n14, p. 77 - 87 setembro/dezembro 2014. Disponível em:\nhttps://seer.ufs.br/index.php/revtee/article/view/3453/3016. Acesso em:\n19 nov. 2019.",
  "BOSI. Alfredo. Considerações sobre Tempo e Informação: Instituto de\nEstudos Avançados da Universidade de São Paulo. (IEA- USP). Disponível\nem: https://www.iea.usp.br/artigos. Acesso em: 14 mai. 2020.",
  "CAVALLO. David et al. Inovação e Criatividade na Educação Básica: Dos\nconceitos ao ecossistema: Revista Brasileira de Informática na Educação,\nVolume 24, Número 2, 2016. Disponível em:\nhttps://www.researchgate.net/publication/311565072. Acesso em: 13 mar.\n2020.",
  "COUTINHO, Clara P.; LISBÔA, Eliana S.: Sociedade da Informação, do\nConhecimento e da Aprendizagem: Desafios para educação no século XXI.\nRevista de Educação, Vol. XVIII, nº 1, 2011 5 -- 22. Disponível em\nhttp://repositorium.sdum.uminho.pt/bitstream/1822/14854/1/Revista_Educa%c3%a7%c3%a3o%2cVolXVIII%2cn%c2%ba1_5-22.pdf.\nAcesso em: 10 mai. 2020.",
];

/** Found essay 24: its first entries (one a line here, as a word processor pastes them) and its sixteen notes. */
const HABITER = (() => {
  const essay = readFileSync(join(__dirname, '..', 'fixtures', 'found', '24-senspublic-habiter', 'essay.txt'), 'utf8');
  const lines = essay.split('\n');
  const from = lines.indexOf('Bibliographie') + 2;
  return { entries: lines.slice(from, from + 12).filter((l) => l !== ''), notes: lines.filter((l) => /^\[\d+\] /.test(l)) };
})();

/** A found essay's text and its gold entries in the order of the essay. */
function foundEssay(name: string): { text: string; entries: string[] } {
  const dir = join(__dirname, '..', 'fixtures', 'found', name);
  const text = readFileSync(join(dir, 'essay.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { references: { text: string }[] };
  return { text, entries: gold.references.map((r) => r.text).sort((a, b) => text.indexOf(a) - text.indexOf(b)) };
}

/** The entries of a found essay's list, in the order of the essay, each wrapped at 72 columns as a plain-text file has them. */
function wrappedList(name: string): string[] {
  return foundEssay(name).entries.map((t) => wrap(t.replace(/\s+/g, ' ').trim(), 72, ''));
}

/** Found essay 16 read from a PDF set flush left: its first entry's names apart from the rest of it, then three entries. */
const BIOCARVAO = [
  "AMADO, T.J.C.; PES, L.Z.; LEMAINSKI, C.L.; SCHENATO, R.B.\n\nAtributos químicos e físicos de latossolos e sua relação com os rendimentos de milho e feijão irrigados. Revista Brasileira de Ciência do Solo, v.33, p.831-843, 2009.",
  "BLAKE, G. R.; HARTGE, K. H. Bulk density. In: KLUTE, A. (ed.) Methods of soil analysis. 2. ed. Madison, American Society of Agronomy, Soil Science Society of America, 1986a. pt. 1, p.363-375. (Agronomy Monography, 9).",
  "DANIELSON, R. E.; SUTHERLAND, P. L. Porosity. In: KLUTE, A. (ed.) Methods of soil analysis. 2.ed. Madison, American Society of Agronomy, Soil Science Society of America, pt. 1, p.443-461, 1986. (Agronomy Monography, 9).",
  "DU, Z. L.; ZHAO, J. K.; WANG, Y. D.; ZHANG, Q.Z. Biochar addition drives soil aggregation and carbon sequestration in aggregate fractions from an intensive agricultural system. Journal of Soils and Sediments, 2016, doi:10.1007/s11368-015-1349-2.",
];

/** Entries of found essays 37 and 40, wrapped at 72 columns. */
const ABNT_TITLES_FIRST = [
  'ADAMOVSKY, E. El cambio y la impostura . Buenos Aires: Planeta, 2016.',
  'AEA manifestó su “grave preocupación” por el proyecto de Ley de\nAbastecimiento. TN, Argentina, 13 ago. 2014. Política.',
  'A HORAS de aprobarse en el Congreso, el Presidente vetó ley contra suba\nde tarifas. Ámbito.com , 31 mayo, 2018. Política.',
  'ALONSO, L. E. La mirada cualitativa en sociología . Caracas: Editorial\nFundamentos, 1998.',
  'ANGENOT, M. El discurso social: los límites históricos de lo pensable y\nlo decible. Buenos Aires: Siglo XXI, 2010.',
  'FOUCAULT, M. L’Herméneutique du Sujet. Cours au Collège de France, 1981\n- 1982. Paris: Seuil/Gallimard, 2001.',
];

/** Found essay 01: its prose before the list, and its first entries one a line. */
const SEDIMENTOS = (() => {
  const dir = join(__dirname, '..', 'fixtures', 'found', '01-esead-sedimentos');
  const essay = readFileSync(join(dir, 'essay.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { references: { text: string }[] };
  const body = essay.slice(0, essay.indexOf(gold.references[0].text)).trimEnd().replace(/\n[^\n]*$/, '');
  return { body, entries: gold.references.slice(0, 6).map((r) => r.text.replace(/\s+/g, ' ')) };
})();

const layoutRows: Row[] = [
  {
    // Rob9999/gitbook-worker, en/content/references.md (an earlier version; MIT licence): a list split
    // by kind of source, title-first entries of organisations and projects, Markdown bold and italics.
    name: 'sub-headings per kind of source, entries that start with an organisation or a title (real, MIT)',
    text: `${PROSE}\n\n## References\n\n### Standards\n\n**Unicode Consortium.** (2023). *The Unicode Standard, Version 15.0*. Unicode Consortium. https://www.unicode.org/versions/Unicode15.0.0/\n\n**Internet Engineering Task Force.** (2018). *RFC 8259: The JavaScript Object Notation (JSON) Data Interchange Format*. IETF. https://tools.ietf.org/html/rfc8259\n\n### Software documentation\n\n**Pandoc.** (2023). *Pandoc User's Guide*. https://pandoc.org/MANUAL.html\n\n**LaTeX Project.** (2023). *LaTeX2e: An unofficial reference manual*. https://latexref.xyz/\n\n### Articles\n\n**Semantic Versioning.** (2023). *Semantic Versioning 2.0.0*. https://semver.org/\n\n**Markdown Guide.** (2023). *Basic Syntax*. https://www.markdownguide.org/basic-syntax/\n\n## Further resources\n`,
    entries: [
      '**Unicode Consortium.** (2023). *The Unicode Standard, Version 15.0*. Unicode Consortium. https://www.unicode.org/versions/Unicode15.0.0/',
      '**Internet Engineering Task Force.** (2018). *RFC 8259: The JavaScript Object Notation (JSON) Data Interchange Format*. IETF. https://tools.ietf.org/html/rfc8259',
      "**Pandoc.** (2023). *Pandoc User's Guide*. https://pandoc.org/MANUAL.html",
      '**LaTeX Project.** (2023). *LaTeX2e: An unofficial reference manual*. https://latexref.xyz/',
      '**Semantic Versioning.** (2023). *Semantic Versioning 2.0.0*. https://semver.org/',
      '**Markdown Guide.** (2023). *Basic Syntax*. https://www.markdownguide.org/basic-syntax/',
    ],
    heading: '## References',
  },
  {
    name: 'a title-first standard, an anonymous report, a bare address and a short entry do not end the list',
    text: `${PROSE}\n\nReferences\n\n${A}\nISO 690:2010. Information and documentation: Guidelines for bibliographic references and citations to information resources. Geneva: ISO.\n${B}\nAnnual Report on Rural Schools 2019. London: Department for Education, 2020.\n\nhttps://www.example.org/data/rural-schools\n\nOECD. Education at a Glance, 2019.\n\n${C}\n`,
    entries: [A, 'ISO 690:2010. Information and documentation: Guidelines for bibliographic references and citations to information resources. Geneva: ISO.', B, 'Annual Report on Rural Schools 2019. London: Department for Education, 2020.', 'https://www.example.org/data/rural-schools', 'OECD. Education at a Glance, 2019.', C],
  },
  {
    name: 'sub-headings "Primary sources" / "Secondary sources" with a running head and page number between entries',
    text: `${PROSE}\n\nBibliography\n\nPrimary sources\n\nHansard, House of Commons Debates, 5th ser., vol. 421 (1946).\nThe Times (London), 3 March 1947.\n\n214   Journal of Modern History 18(3)\n\nSecondary sources\n\nMorgan, K. O. (1984). Labour in Power, 1945–1951. Oxford: Clarendon Press.\nKeller and Osei   215\nPelling, H. (1984). The Labour Governments, 1945–51. London: Macmillan.\n`,
    entries: ['Hansard, House of Commons Debates, 5th ser., vol. 421 (1946).', 'The Times (London), 3 March 1947.', 'Morgan, K. O. (1984). Labour in Power, 1945–1951. Oxford: Clarendon Press.', 'Pelling, H. (1984). The Labour Governments, 1945–51. London: Macmillan.'],
  },
  {
    name: 'hanging indent: a line at the left edge starts an entry even after a line that ends open',
    text: `${PROSE}\n\nReferences\n\nR. S. Zemel, M. C. Mozer, and G. E. Hinton. TRAFFIC: Recognizing objects using\n    hierarchical reference frame transformations. In D. S. Touretzky, editor,\n    Neural Information Processing Systems, Vol. 2, pages 266-273. Morgan\n    Kaufmann, San Mateo, CA, 1990.\nHarry Heffes and David Lucantoni. A markov modulated characterization of voice\n    and data traffic. IEEE J. Select. Areas Commun., 4, 856-867, September 1986.\nDebussy, Claude, Pelléas et Mélisande (New York, NY: Dover, 1985).\nKempner J.C., David L.P., 2004b, MNRAS, 349, 385\n`,
    entries: [
      'R. S. Zemel, M. C. Mozer, and G. E. Hinton. TRAFFIC: Recognizing objects using\n    hierarchical reference frame transformations. In D. S. Touretzky, editor,\n    Neural Information Processing Systems, Vol. 2, pages 266-273. Morgan\n    Kaufmann, San Mateo, CA, 1990.',
      'Harry Heffes and David Lucantoni. A markov modulated characterization of voice\n    and data traffic. IEEE J. Select. Areas Commun., 4, 856-867, September 1986.',
      'Debussy, Claude, Pelléas et Mélisande (New York, NY: Dover, 1985).',
      'Kempner J.C., David L.P., 2004b, MNRAS, 349, 385',
    ],
  },
  {
    name: 'numbered "[n]" entries: a wrapped line without a marker continues its entry',
    text: `${PROSE}\n\nReferences\n\n[1] S. E. Han, G. Chen, Nano Lett. 2010, 10, 1012.\n[2] E. Berlekamp. "Factoring polynomials over large finite fields," Mathematics of\n     Computation, Vol. 24, No. 111, pp. 713-735 (1970).\n[3] Annual Report 2012. Transportation Statistics. Washington, D.C., 2013.\n`,
    entries: ['S. E. Han, G. Chen, Nano Lett. 2010, 10, 1012.', 'E. Berlekamp. "Factoring polynomials over large finite fields," Mathematics of\n     Computation, Vol. 24, No. 111, pp. 713-735 (1970).', 'Annual Report 2012. Transportation Statistics. Washington, D.C., 2013.'],
  },
  {
    name: 'flush-left PDF wrapping: after a short line anything starts an entry; after a full one only dated names or a long line of names do',
    text: `${PROSE}\n\nReferences\n\nGörner, Rüdiger and Angus Nicholls, editors. In the Embrace of the Swan: Anglo-\nGerman mythologies in literature, the visual arts and cultural theory. Walter\nde Gruyter, 2010.\nThe Boston Consulting Group. Perspectives on Corporate Strategy. Boston: The\nBoston Consulting Group, 1968.\nE. Granston and A. Veidenbaum. Detecting redundant accesses to array data. In\nProceedings of Supercomputing '91, Albuquerque, NM, November 1991.\nFrederick, S., and Loewenstein, G. (1999). Hedonic adaptation. In D.\nKahneman, E. Diener, and N. Schwarz (Eds.), Well-being. New York: Russell Sage.\nBurger, A., & Sarduski, K. (1995). Experimental investigation of bird initiated\nflashover mechanisms. Cigré Study Committee 33-95, Workgroup 07 Seminar.\nMabula, South Africa.\n`,
    entries: [
      'Görner, Rüdiger and Angus Nicholls, editors. In the Embrace of the Swan: Anglo-\nGerman mythologies in literature, the visual arts and cultural theory. Walter\nde Gruyter, 2010.',
      'The Boston Consulting Group. Perspectives on Corporate Strategy. Boston: The\nBoston Consulting Group, 1968.',
      "E. Granston and A. Veidenbaum. Detecting redundant accesses to array data. In\nProceedings of Supercomputing '91, Albuquerque, NM, November 1991.",
      'Frederick, S., and Loewenstein, G. (1999). Hedonic adaptation. In D.\nKahneman, E. Diener, and N. Schwarz (Eds.), Well-being. New York: Russell Sage.',
      'Burger, A., & Sarduski, K. (1995). Experimental investigation of bird initiated\nflashover mechanisms. Cigré Study Committee 33-95, Workgroup 07 Seminar.\nMabula, South Africa.',
    ],
  },
  {
    name: 'one entry a line: a dated line of names after one that ends with a comma or a word starts an entry',
    text: `${PROSE}\n\nReferences\n\nChopra, A. K. (2011). Dynamics of structures: theory and applications to earthquake engineering, vol. 4. Prentice Hall.\nJurafsky, D., Wooters, C., Tajchman, G., Segal, J., Stolcke, A., Fosler, E., & Morgan, N. (1994a). The Berkeley Restaurant Project. In Proceedings of the International Conference on Spoken Language Processing, 2139-2142.\nJ. Fortes and B. Wah, Systolic Arrays: from Concept to Implementation, Computer 20 (1987),\nChapman, D. (1987). Planning for conjunctive goals. Artificial Intelligence, 32, 333-377.\nYoung, A. M. (2007). The Chocolate Tree: Natural History of Cacao. Florida University Press, Gainsville\nBrandes, Ute. “Probing the Blind Spot: Utopia and Dystopia in Christa Wolf’s Störfall.” In Selected Papers, 1994.\n`,
    entries: [
      'Chopra, A. K. (2011). Dynamics of structures: theory and applications to earthquake engineering, vol. 4. Prentice Hall.',
      'Jurafsky, D., Wooters, C., Tajchman, G., Segal, J., Stolcke, A., Fosler, E., & Morgan, N. (1994a). The Berkeley Restaurant Project. In Proceedings of the International Conference on Spoken Language Processing, 2139-2142.',
      'J. Fortes and B. Wah, Systolic Arrays: from Concept to Implementation, Computer 20 (1987),',
      'Chapman, D. (1987). Planning for conjunctive goals. Artificial Intelligence, 32, 333-377.',
      'Young, A. M. (2007). The Chocolate Tree: Natural History of Cacao. Florida University Press, Gainsville',
      'Brandes, Ute. “Probing the Blind Spot: Utopia and Dystopia in Christa Wolf’s Störfall.” In Selected Papers, 1994.',
    ],
  },
  {
    name: 'PDF wrapping: an organisation followed at once by its year starts an entry after a full line; "March 2010" at a line’s start goes on',
    text: `${PROSE}\n\nReferences\n\nAndersen, M., Baptiste, C., & Herrera, R. (2011). Using failure distributions in\nreliability analyses. Electric Power Systems Research, vol. 81, no. 4, pp. 915-921.\nNational Grid. (2009). Annual Report, 2009. London.\nNational Grid. (2010). Lightning Density Map of Great Britain from 1 March 2006 to 1\nMarch 2010 (20 km resolution). London.\nOkafor, T. (2008). Insulator flashover under bird streamers: a field study of\ntransmission lines in the Karoo. Power Delivery Review, 12(3), 44-59.\n`,
    entries: [
      'Andersen, M., Baptiste, C., & Herrera, R. (2011). Using failure distributions in\nreliability analyses. Electric Power Systems Research, vol. 81, no. 4, pp. 915-921.',
      'National Grid. (2009). Annual Report, 2009. London.',
      'National Grid. (2010). Lightning Density Map of Great Britain from 1 March 2006 to 1\nMarch 2010 (20 km resolution). London.',
      'Okafor, T. (2008). Insulator flashover under bird streamers: a field study of\ntransmission lines in the Karoo. Power Delivery Review, 12(3), 44-59.',
    ],
  },
  {
    name: 'one entry a line: a line after one that ends on an abbreviation or a bare word starts an entry, whatever it starts with',
    text: `${PROSE}\n\nReferences\n\nChopra, A. K. (2011). Dynamics of structures: theory and applications to earthquake engineering, vol. 4. Prentice Hall.\nHeinz-Otto Peitgen and Dietmar Saupe (Eds.), The Science of Fractal Images, Springer 1988, 312 pp.\nThe Day after Tomorrow. Dir. Roland Emmerich. Perf. Dennis Quaid, Jake Gyllenhaal, Emmy Rossum, Dash Mihok. Twentieth-Century Fox, Beverly Hills, Calif., 2004.\nCédric Durand, R. Keucheyan 2012 AFEP-IIPPE-AHE joint conference, Paris, July 5-8. A Gramscian outlook on Europe and the first great economic crisis of the XXI century\nRuth Shapira. A note on Sugihara's claim. IEEE Transactions on Pattern Analysis and Machine Intelligence, 6(1):122-123, 1984.\nJurafsky, D., Wooters, C., Tajchman, G., Segal, J., Stolcke, A., Fosler, E., & Morgan, N. (1994a). The Berkeley Restaurant Project. In Proceedings of the International Conference on Spoken Language Processing, 2139-2142.\n`,
    entries: [
      'Chopra, A. K. (2011). Dynamics of structures: theory and applications to earthquake engineering, vol. 4. Prentice Hall.',
      'Heinz-Otto Peitgen and Dietmar Saupe (Eds.), The Science of Fractal Images, Springer 1988, 312 pp.',
      'The Day after Tomorrow. Dir. Roland Emmerich. Perf. Dennis Quaid, Jake Gyllenhaal, Emmy Rossum, Dash Mihok. Twentieth-Century Fox, Beverly Hills, Calif., 2004.',
      'Cédric Durand, R. Keucheyan 2012 AFEP-IIPPE-AHE joint conference, Paris, July 5-8. A Gramscian outlook on Europe and the first great economic crisis of the XXI century',
      "Ruth Shapira. A note on Sugihara's claim. IEEE Transactions on Pattern Analysis and Machine Intelligence, 6(1):122-123, 1984.",
      'Jurafsky, D., Wooters, C., Tajchman, G., Segal, J., Stolcke, A., Fosler, E., & Morgan, N. (1994a). The Berkeley Restaurant Project. In Proceedings of the International Conference on Spoken Language Processing, 2139-2142.',
    ],
  },
  {
    name: 'hanging indent: a line at the left edge after one that ends with a comma or a number starts an entry',
    text: `${PROSE}\n\nReferences\n\nBoschin W., Girardi M., Barrena R., Biviano A., Feretti L., Ramella M., 2004, A&A, 416, 839\nBajos Nathalie, Ferrand Michèle, l’équipe GINÉ, De la contraception à l’avortement. Sociologie des\n    grossesses non prévues, Paris, Inserm, 2002.\nAdolf Hitler, Mein Kampf, trans. James Vincent Murphy (London: Hurst and Blackett, 1938),\nHOGGART, Richard. 1957. Uses of Literacy.\nR. S. Zemel, M. C. Mozer, and G. E. Hinton. TRAFFIC: Recognizing objects using\n    hierarchical reference frame transformations. In D. S. Touretzky, editor,\n    Neural Information Processing Systems, Vol. 2, pages 266-273. Morgan\n    Kaufmann, San Mateo, CA, 1990.\nDurret F., Kaastra J.S., Nevalainen J., Ohashi T., Werner N., 2008, SSRv, 134, 51\n`,
    entries: [
      'Boschin W., Girardi M., Barrena R., Biviano A., Feretti L., Ramella M., 2004, A&A, 416, 839',
      'Bajos Nathalie, Ferrand Michèle, l’équipe GINÉ, De la contraception à l’avortement. Sociologie des\n    grossesses non prévues, Paris, Inserm, 2002.',
      'Adolf Hitler, Mein Kampf, trans. James Vincent Murphy (London: Hurst and Blackett, 1938),',
      'HOGGART, Richard. 1957. Uses of Literacy.',
      'R. S. Zemel, M. C. Mozer, and G. E. Hinton. TRAFFIC: Recognizing objects using\n    hierarchical reference frame transformations. In D. S. Touretzky, editor,\n    Neural Information Processing Systems, Vol. 2, pages 266-273. Morgan\n    Kaufmann, San Mateo, CA, 1990.',
      'Durret F., Kaastra J.S., Nevalainen J., Ohashi T., Werner N., 2008, SSRv, 134, 51',
    ],
  },
  {
    name: 'flush-left PDF wrapping: a line that ends with a count of pages ("368 pp.") ends its entry',
    text: `${PROSE}\n\nReferences\n\nAbercrombie, S., (1984), “Architecture As Art: An Aesthetic”, Van Nostrand\nReinhold Compony, New York.\nBrandes, Ute. “Probing the Blind Spot: Utopia and Dystopia in Christa Wolf’s\nStörfall.” In Selected Papers from the Fourteenth New Hampshire Symposium on\nthe German Democratic Republic, edited by Margy Gerber et al. Lanham, Md.:\nUniversity Press of America, 1989, 101–14.\nDebray, S. K. and Warren, D. S., Automatic Mode Inference for Logic Programs,\nJ. Logic Programming, 5 207-229 (1988).\nJames Gleick, Chaos: Making a New Science, New York: Penguin, 1988. 368 pp.\nHofbauer, K., Petrik, S., and Hering, H., “The ATCOSIM corpus of non-\nprompted clean air traffic control speech,” Proc. Int. Conf. Language\nResources and Evaluation (LREC), Marrakech, Morocco, 2008.\nRosenbloom, P. S., Laird, J. E., & Newell, A. (1988). The chunking of skill\nand knowledge.\n`,
    entries: [
      'Abercrombie, S., (1984), “Architecture As Art: An Aesthetic”, Van Nostrand\nReinhold Compony, New York.',
      'Brandes, Ute. “Probing the Blind Spot: Utopia and Dystopia in Christa Wolf’s\nStörfall.” In Selected Papers from the Fourteenth New Hampshire Symposium on\nthe German Democratic Republic, edited by Margy Gerber et al. Lanham, Md.:\nUniversity Press of America, 1989, 101–14.',
      'Debray, S. K. and Warren, D. S., Automatic Mode Inference for Logic Programs,\nJ. Logic Programming, 5 207-229 (1988).',
      'James Gleick, Chaos: Making a New Science, New York: Penguin, 1988. 368 pp.',
      'Hofbauer, K., Petrik, S., and Hering, H., “The ATCOSIM corpus of non-\nprompted clean air traffic control speech,” Proc. Int. Conf. Language\nResources and Evaluation (LREC), Marrakech, Morocco, 2008.',
      'Rosenbloom, P. S., Laird, J. E., & Newell, A. (1988). The chunking of skill\nand knowledge.',
    ],
  },
  {
    name: 'hanging indent: a page number that starts a wrapped line is not a list marker',
    text: `${PROSE}\n\nReferences\n\nZukofsky, Louis. "Sincerity and Objectification." Poetry 37 (February 1931):\n    269. Quoted in Bonnie Costello, Marianne Moore: Imaginary Possessions.\nRivest, R. L. (1987). Learning decision lists. Machine Learning, 2 (3), 229-246.\nMilner, R., M. Tofte, and R. Harper. The Definition of Standard ML. The MIT\n    Press, Cambridge, Massachusetts and London, England, 1990.\n`,
    entries: [
      'Zukofsky, Louis. "Sincerity and Objectification." Poetry 37 (February 1931):\n    269. Quoted in Bonnie Costello, Marianne Moore: Imaginary Possessions.',
      'Rivest, R. L. (1987). Learning decision lists. Machine Learning, 2 (3), 229-246.',
      'Milner, R., M. Tofte, and R. Harper. The Definition of Standard ML. The MIT\n    Press, Cambridge, Massachusetts and London, England, 1990.',
    ],
  },
  {
    name: 'a sub-heading, then an entry that starts in lower case',
    text: `${PROSE}\n\nBibliography\n\nBooks\n\n${B}\n\nWeb sites\n\nvan Arragon, Paul (1990). Nested Default Reasoning for User Modeling. PhD thesis, University of Waterloo.\n\n${A}\n`,
    entries: [B, 'van Arragon, Paul (1990). Nested Default Reasoning for User Modeling. PhD thesis, University of Waterloo.', A],
  },
  {
    name: 'a download stamp on every page of a PDF stands between entries and inside a wrapped one',
    text: `${PROSE}\n\nReferences\n\nSlater T (2006) The eviction of critical perspectives from gentrification\nDownloaded from https://academic.example.org/jus/article/18/3/211/55 by guest on 12 May 2020\n   research. International Journal of Urban and Regional Research 30(4): 737–757.\nSrnicek N (2017) Platform Capitalism. Cambridge: Polity Press.\nThis content downloaded from 128.2.3.4 on Mon, 12 Jan 2015 10:22:33 UTC\nAll use subject to JSTOR Terms and Conditions\nZukin S (1987) Gentrification: Culture and capital in the urban core. Annual\n   Review of Sociology 13: 129–147.\n`,
    entries: [
      'Slater T (2006) The eviction of critical perspectives from gentrification\nDownloaded from https://academic.example.org/jus/article/18/3/211/55 by guest on 12 May 2020\n   research. International Journal of Urban and Regional Research 30(4): 737–757.',
      'Srnicek N (2017) Platform Capitalism. Cambridge: Polity Press.',
      'Zukin S (1987) Gentrification: Culture and capital in the urban core. Annual\n   Review of Sociology 13: 129–147.',
    ],
  },
  {
    name: 'a running head without a page number, printed on each page, stands between entries and inside a wrapped one',
    text: `${PROSE}\n\nREFERENCES\n\n${A}\n${B}\nURBAN STUDIES REVIEW\n${C}\nSlater T (2006) The eviction of critical perspectives from gentrification\nURBAN STUDIES REVIEW\n   research. International Journal of Urban and Regional Research 30(4): 737–757.\n`,
    entries: [A, B, C, 'Slater T (2006) The eviction of critical perspectives from gentrification\nURBAN STUDIES REVIEW\n   research. International Journal of Urban and Regional Research 30(4): 737–757.'],
  },
  {
    name: 'the heading repeated at the top of each page of the list: the pages before the last are read too',
    text: `${PROSE}\n\nREFERENCES\n\n${A}\n${B}\n\n212   Urban Studies Review\n\nREFERENCES\n\n${C}\n`,
    entries: [A, B, C],
    heading: 'REFERENCES',
  },
  {
    name: 'negative: a "References" heading in the body, with its own short list, and the list at the end',
    text: `${PROSE}\n\nReferences\n\n${A}\n\n${PROSE} ${PROSE} ${PROSE} ${PROSE}\n\nReferences\n\n${B}\n${C}\n`,
    entries: [B, C],
  },
  {
    name: 'negative: "Further reading" after the list starts another list, not more entries',
    text: `${PROSE}\n\nReferences\n\n${A}\n${B}\n\nFurther reading\n\nLockwood, D. Why Children Forget. Jossey-Bass.\nPemberton, T. (2019). Principles of Instruction. Woodbridge: John Catt.\n`,
    entries: [A, B],
  },
  {
    name: 'negative: an author’s bio and a publication history after the list',
    text: `${PROSE}\n\nReferences\n\n${A}\n\n${B}\n\nMaria Lopes is a researcher at the Institute of Social Sciences, University of Lisbon, where she works on housing (2019–2023).\n\nReceived: 3 March 2022; Accepted: 14 November 2022`,
    entries: [A, B],
  },
  {
    name: 'negative: Markdown footnotes after the list are notes, not entries, even after an entry ending in "et al." (found essays 05, 06)',
    text: `${PROSE}\n\nReferências\n\nSANTOS, Edméa. Pesquisa-formação na cibercultura.\nPortugal: Whitebooks, 2014.\n\nTORRES, Patricia Lupion. Laboratório on-line. Caderno Cedes, Campinas, v. 27, n. 73, p. 335-352,\nset./dez. 2007.\n\nWYGOTSKY, L. S. A formação social da mente. São Paulo: Martins Fontes,\n1998. Trad. José Cipolla Neto et al.\n\n[^1]: O tutorial pode ser acessado em:\n    bit.ly/aurasmaoquee\n\n[^2]: O vídeo tutorial está disponível no canal do YouTube.\n`,
    entries: [
      'SANTOS, Edméa. Pesquisa-formação na cibercultura.\nPortugal: Whitebooks, 2014.',
      'TORRES, Patricia Lupion. Laboratório on-line. Caderno Cedes, Campinas, v. 27, n. 73, p. 335-352,\nset./dez. 2007.',
      'WYGOTSKY, L. S. A formação social da mente. São Paulo: Martins Fontes,\n1998. Trad. José Cipolla Neto et al.',
    ],
  },
  {
    name: 'a plain-text list filled to 78 columns: a line whose next word would have fitted ended its entry',
    text: `${PROSE}\n\nReferences\n\n${[
      'Pugin, Laurent. "Music Notation in Web-Browsers for Computational Musicological',
      'Applications." Empirical Approaches to Music Theory and Musicology session at',
      'the Music Encoding Conference, Milwaukee, November 2014.',
      'Card, S. K., Mackinlay, J. D. and Robertson, G. G. "The Design Space of Input',
      'Devices", in Proceedings of the SIGCHI Conference on Human Factors in Computing',
      'Systems, Seattle, 1990.',
      'Carroll, G. M., L. S. Parrett, J. C. George, and D. A. Yokel. 2005. Calving',
      'distribution of the Teshekpuk caribou herd 1994-2003. Rangifer Special Issue',
      '16: 27–35.',
      'Milner, R., M. Tofte, and R. Harper. The Definition of Standard ML. The MIT',
      'Press, Cambridge, Massachusetts and London, England, 1990.',
      'Rivest, R. L. (1987). Learning decision lists. Machine Learning, 2 (3).',
      'The Boston Consulting Group. Perspectives on Corporate Strategy. Boston: The',
      'Boston Consulting Group, 1968.',
      'Kamenetz, A. (2010). Edupunks, Edupreneurs, and the Coming Transformation of',
      'Higher Education. White River Junction (VT): Chelsea Green.',
    ].join('\n')}\n`,
    entries: [
      'Pugin, Laurent. "Music Notation in Web-Browsers for Computational Musicological\nApplications." Empirical Approaches to Music Theory and Musicology session at\nthe Music Encoding Conference, Milwaukee, November 2014.',
      'Card, S. K., Mackinlay, J. D. and Robertson, G. G. "The Design Space of Input\nDevices", in Proceedings of the SIGCHI Conference on Human Factors in Computing\nSystems, Seattle, 1990.',
      'Carroll, G. M., L. S. Parrett, J. C. George, and D. A. Yokel. 2005. Calving\ndistribution of the Teshekpuk caribou herd 1994-2003. Rangifer Special Issue\n16: 27–35.',
      'Milner, R., M. Tofte, and R. Harper. The Definition of Standard ML. The MIT\nPress, Cambridge, Massachusetts and London, England, 1990.',
      'Rivest, R. L. (1987). Learning decision lists. Machine Learning, 2 (3).',
      'The Boston Consulting Group. Perspectives on Corporate Strategy. Boston: The\nBoston Consulting Group, 1968.',
      'Kamenetz, A. (2010). Edupunks, Edupreneurs, and the Coming Transformation of\nHigher Education. White River Junction (VT): Chelsea Green.',
    ],
  },
  {
    name: 'no heading: a flush-left list wrapped at 81 columns after long paragraphs is split by its own lines, not the prose’s',
    text: `${PROSE}\n\n${PROSE} ${PROSE}\n\nPlotkin, G. D. (1971a). Automatic Methods of Inductive Inference. Ph.D. thesis,\nEdinburgh University.\nCOLLECTIF. Les risques professionnels à l’hôpital (dossier). L’Aide-soignante,\nfévrier 2004, n°54. p. 11-19.\nA. P. Witkin. Scale-space filtering. In Proc. Intl. Joint Conf. Art. Intell.,\npages 1019-1023, 1983.\nHorn, B. (1986). Robot Vision, MIT Press.\nTester, Keith, ed. The Flâneur. London: Routledge, 1994.\nGAUDICHAUD F., “Popular Power, Oral History, and Collective Memory in\nContemporary Chile”, in Latin American Perspectives, 36, 5 (2009), pp. 58-71.\nK. Li and P. Hudak. Memory coherence in shared virtual memory systems. ACM\nTransactions on Computer Systems, 7(4) 321-359, November 1989.\nDOTTI, René Ariel. Curso de direito penal: parte geral. Rio de Janeiro: Forense,\n2002.\nR. Fagin, J. Halpern, and M. Vardi. A model-theoretic analysis of knowledge.\nJournal of the ACM, 38(2), 382-428, 1991.\n`,
    entries: ["Plotkin, G. D. (1971a). Automatic Methods of Inductive Inference. Ph.D. thesis,\nEdinburgh University.", "COLLECTIF. Les risques professionnels à l’hôpital (dossier). L’Aide-soignante,\nfévrier 2004, n°54. p. 11-19.", "A. P. Witkin. Scale-space filtering. In Proc. Intl. Joint Conf. Art. Intell.,\npages 1019-1023, 1983.", "Horn, B. (1986). Robot Vision, MIT Press.", "Tester, Keith, ed. The Flâneur. London: Routledge, 1994.", "GAUDICHAUD F., “Popular Power, Oral History, and Collective Memory in\nContemporary Chile”, in Latin American Perspectives, 36, 5 (2009), pp. 58-71.", "K. Li and P. Hudak. Memory coherence in shared virtual memory systems. ACM\nTransactions on Computer Systems, 7(4) 321-359, November 1989.", "DOTTI, René Ariel. Curso de direito penal: parte geral. Rio de Janeiro: Forense,\n2002.", "R. Fagin, J. Halpern, and M. Vardi. A model-theoretic analysis of knowledge.\nJournal of the ACM, 38(2), 382-428, 1991."],
  },
  {
    name: 'blank lines between entries of several lines: a place, a year or a journal starting a line goes on (found essay 06)',
    text: `${PROSE}\n\nReferências\n\nCERTEAU, Michael. A invenção do cotidiano: Artes de fazer.\nPetrópolis, RJ: Vozes, 15. ed. Tradução de Ephraim Ferreira Alves, 2008.\n\nSANTOS, Edméa; CARVALHO, Felipe da Silva Ponte; e PIMENTEL,\nMariano. Mediação docente para colaboração: notas de uma pesquisa-formação na cibercultura.\nCampinas, SP, Revista Educação Temática Digital (ETD), v.18, n.2, p.\n23-42, jan.abr.2016. ISSN 1676-2592.\n\nSANTOS, Edméa. Educação online: cibercultura e pesquisa-formação na prática docente.\nSalvador. 2005. Tese (Doutorado em Educação) -- FACED-UFBA.\n\nSILVA, Marco. Formação de professores para a Docência Online. Braga:\nUniversidade do Minho, 2009. Disponível em:\nhttp://www.e-ducacion.udc.es/grupos/gipdae/congreso/Xcongreso/pdfs/cc/cc2.pdf.\n`,
    entries: [
      'CERTEAU, Michael. A invenção do cotidiano: Artes de fazer.\nPetrópolis, RJ: Vozes, 15. ed. Tradução de Ephraim Ferreira Alves, 2008.',
      'SANTOS, Edméa; CARVALHO, Felipe da Silva Ponte; e PIMENTEL,\nMariano. Mediação docente para colaboração: notas de uma pesquisa-formação na cibercultura.\nCampinas, SP, Revista Educação Temática Digital (ETD), v.18, n.2, p.\n23-42, jan.abr.2016. ISSN 1676-2592.',
      'SANTOS, Edméa. Educação online: cibercultura e pesquisa-formação na prática docente.\nSalvador. 2005. Tese (Doutorado em Educação) -- FACED-UFBA.',
      'SILVA, Marco. Formação de professores para a Docência Online. Braga:\nUniversidade do Minho, 2009. Disponível em:\nhttp://www.e-ducacion.udc.es/grupos/gipdae/congreso/Xcongreso/pdfs/cc/cc2.pdf.',
    ],
  },
  {
    name: 'wrapped at 72 columns with addresses longer than a line: the width is that of the lines of words (found essay 05)',
    text: `${PROSE}\n\nReferências\n\n${WRAPPED_WITH_ADDRESSES.join('\n')}\n`,
    entries: WRAPPED_WITH_ADDRESSES,
  },
  {
    name: 'one entry a line, then numbered notes: markers that come only after the list do not make it a numbered one (found essay 24)',
    text: `${PROSE}\n\nBibliographie\n\n${HABITER.entries.join('\n')}\n\n${HABITER.notes.join('\n\n')}\n`,
    entries: HABITER.entries,
  },
  {
    name: 'no heading, one entry a line, then more than ten notes: the last run of entries is the list (found essay 24)',
    text: `${PROSE}\n\n${PROSE}\n\n${HABITER.entries.join('\n')}\n\n${HABITER.notes.join('\n\n')}\n`,
    entries: HABITER.entries,
  },
  {
    name: 'no heading, one entry a line after paragraphs of prose: the list is read by its own lines (found essay 01)',
    text: `${SEDIMENTOS.body}\n\n${SEDIMENTOS.entries.join('\n')}\n`,
    entries: SEDIMENTOS.entries,
  },
  {
    name: 'ABNT wrapped at 72 columns: its entries start in capitals, and a line that does not is the entry going on (found essay 01)',
    text: `${PROSE}\n\nReferências\n\n${wrappedList('01-esead-sedimentos').join('\n')}\n`,
    entries: wrappedList('01-esead-sedimentos'),
  },
  {
    name: 'ABNT wrapped at 72 columns: entries ending alike on their access date are not page furniture (found essay 22)',
    text: `${PROSE}\n\nReferências\n\n${wrappedList('22-esead-embrapa').join('\n')}\n`,
    entries: wrappedList('22-esead-embrapa'),
  },
  {
    name: 'APA wrapped at 72 columns: an address a PDF broke at a space ends its entry ("https://CRAN. R-project.org/package=psych", found essay 11)',
    text: `${PROSE}\n\nReferences\n\n${wrappedList('11-jose-live-coding').join('\n')}\n`,
    entries: wrappedList('11-jose-live-coding'),
  },
  {
    name: 'wrapped at 72 columns, then "Notes" and long notes: the layout is read from the list alone (found essay 26)',
    text: `${PROSE}\n\nBibliographie\n\n${wrappedList('26-senspublic-choregraphies').join('\n')}\n\nNotes\n\n${HABITER.notes.join('\n\n')}\n`,
    entries: wrappedList('26-senspublic-choregraphies'),
  },
  {
    name: 'an entry whose names stand alone above the rest of it (a page break between), then more entries (found essay 16 as a PDF)',
    text: `${PROSE}\n\nReferências Bibliográficas\n\n${BIOCARVAO.join('\n\n')}\n`,
    entries: BIOCARVAO,
  },
  {
    name: 'a list in two parts under headings of their own, "Fontes" then "Referências" (found essay 01)',
    text: `${PROSE}\n\nFontes\n\n${SEDIMENTOS.entries.slice(0, 3).join('\n')}\n\nReferências\n\n${SEDIMENTOS.entries.slice(3).join('\n')}\n`,
    entries: SEDIMENTOS.entries,
    heading: 'Fontes',
  },
  {
    name: 'a manuscript described at length between entries, read like prose, is an entry: it opens with a person\'s names (found essay 36)',
    text: foundEssay('36-scielo-manguinhos-cochonilha').text,
    entries: foundEssay('36-scielo-manguinhos-cochonilha').entries,
  },
  {
    name: 'bare lines of a newspaper and a date in numbers ("El Cronista, 24/5/17 falta referencia") are entries, not sub-headings (found essay 37)',
    text: foundEssay('37-scielo-mediacoes-cambiemos').text,
    entries: foundEssay('37-scielo-mediacoes-cambiemos').entries,
  },
  {
    name: 'ABNT wrapped at 72 columns with entries that open with their title in capitals ("AEA manifestó …", "A HORAS de …") and a range broken at a line end ("1981⏎- 1982")',
    text: `${PROSE}\n\nReferencias\n\n${ABNT_TITLES_FIRST.join('\n')}\n`,
    entries: ABNT_TITLES_FIRST,
  },
  {
    name: 'hanging indents at 72 columns: two entries of an author open with the same line, which is no running head, and long entries read like prose (found essay 36)',
    text: `${PROSE}\n\nReferências\n\n${foundEssay('36-scielo-manguinhos-cochonilha').entries.map((t) => wrap(t.replace(/\s+/g, ' ').trim(), 72, '    ')).join('\n')}\n`,
    entries: foundEssay('36-scielo-manguinhos-cochonilha').entries.map((t) => wrap(t.replace(/\s+/g, ' ').trim(), 72, '    ')),
  },
  {
    name: 'no heading: an ABNT list one entry a line, most of its entries by organisations (found essay 17)',
    text: `${PROSE}\n\n${PROSE}\n\n${foundEssay('17-esead-solos-santo-amaro').entries.map((t) => t.replace(/\s+/g, ' ')).join('\n')}\n`,
    entries: foundEssay('17-esead-solos-santo-amaro').entries.map((t) => t.replace(/\s+/g, ' ')),
  },
  {
    name: 'the authors\' bios in German after a list end it ("Marisa Eberle, M.A., hat nach dem Studium …", found essay 42)',
    text: `${PROSE}\n\nLiteraturverzeichnis\n\n${foundEssay('42-libreas-soziale-roboter').entries.join('\n\n')}\n\n\nAndreas Urech, BSc. Angew. Psych., arbeitet neben dem Master-Studium in Angewandter Psychologie als wissenschaftlicher Assistent an der Fachhochschule.\n\nMarisa Eberle, M.A., hat nach dem Studium der Slavischen Sprach- und Literaturwissenschaft den MAS in Bibliotheks- und Informationswissenschaft absolviert.\n`,
    entries: foundEssay('42-libreas-soziale-roboter').entries,
  },
  {
    name: 'negative: an entry whose title asks a question is no bio ("KRUGMAN, P. Why is China in so much Trouble?", found PDF 15)',
    text: `${PROSE}\n\nReferences\n\nKRUGMAN, P. Why is China in so much Trouble? The New York Times, Aug. 31, 2023.\n\nWEI, S. Why is China’s growth rate falling so fast? Project Syndicate, Nov. 17, 2021.\n\nXI, J. What is the new normal in China’s economic development? China Daily, Jan. 18, 2016.\n`,
    entries: ['KRUGMAN, P. Why is China in so much Trouble? The New York Times, Aug. 31, 2023.', 'WEI, S. Why is China’s growth rate falling so fast? Project Syndicate, Nov. 17, 2021.', 'XI, J. What is the new normal in China’s economic development? China Daily, Jan. 18, 2016.'],
  },
  {
    name: 'negative: running prose after the list ends it even when it cites a year',
    text: `${PROSE}\n\nReferences\n\n${A}\n\n${B}\n\nappendix tables follow. the survey was run twice, in 2019 and in 2021, with the same questions and the same schools; the answers were coded by two readers who did not know which school they came from. we report the second round here.`,
    entries: [A, B],
  },
];

describe('findReferenceList: where a list ends and how its layout splits it', () => {
  for (const row of layoutRows) {
    it(row.name, () => {
      const found = findReferenceList(row.text);
      assert.ok(found, 'a list was expected');
      assert.deepEqual(
        found.entries.map((e) => row.text.slice(e.start, e.end)),
        row.entries,
      );
      if (row.heading) {
        assert.ok(found.heading);
        assert.equal(row.text.slice(found.heading.start, found.heading.end), row.heading);
      }
    });
  }
});

describe('findReferenceList: lists of thousands of entries', () => {
  /** Entries of several styles, each with its own names and year; every 97th starts with its title. */
  const entryAt = (k: number): string => {
    const name = `${String.fromCharCode(65 + (k % 26))}${'abcdefghij'.charAt(k % 10)}${'klmnopqrst'.charAt((k * 7) % 10)}son`;
    const year = 1950 + (k % 70);
    if (k % 97 === 13) return `Report on Public Libraries ${year}. London: Stationery Office, ${year + 1}.`;
    if (k % 211 === 5) return `ISO ${9000 + (k % 900)}:${year}. Quality management systems. Geneva: ISO.`;
    switch (k % 4) {
      case 0:
        return `${name}, J. A. (${year}). A study number ${k}. Journal of Things, ${k % 90}(${k % 4}), ${k % 300}–${(k % 300) + 20}.`;
      case 1:
        return `${name.toUpperCase()}, Maria. Title ${k}. Paris: Seuil, ${year}.`;
      case 2:
        return `J. ${name} and K. Other. Work number ${k}. In Proc. of the Conference, pages 1-${k % 50 + 2}, ${year}.`;
      default:
        return `${name} P, Lee K (${year}) Findings ${k}. Ecol Appl ${k % 30}:${k % 400}–${(k % 400) + 9}`;
    }
  };

  for (const [layout, join] of [
    ['one a line', '\n'],
    ['blank lines between', '\n\n'],
  ] as const) {
    it(`reads 3,000 entries whole, title-first ones included (${layout})`, function () {
      this.timeout(30_000);
      const entries = Array.from({ length: 3000 }, (_, k) => entryAt(k));
      const text = `A Title\n\n${PROSE}\n\nReferences\n\n${entries.join(join)}\n`;
      const found = findReferenceList(text);
      assert.ok(found);
      assert.equal(found.entries.length, 3000);
      assert.equal(text.slice(found.entries[2999].start, found.entries[2999].end), entries[2999]);
      assert.deepEqual(
        found.entries.filter((_, k) => k % 97 === 13).map((e) => text.slice(e.start, e.end)),
        entries.filter((_, k) => k % 97 === 13),
      );
    });
  }

  it('the labelled set printed as one list of 1,514 entries a line is read to its last entry', function () {
    this.timeout(30_000);
    const xml = join(__dirname, '..', '..', 'tools', 'train', 'data', 'anystyle', 'core.xml');
    let source: string;
    try {
      source = readFileSync(xml, 'utf8');
    } catch {
      this.skip();
    }
    const entries = labelledEntries(xml);
    assert.ok(source.length > 0 && entries.length > 1000);
    const text = `A Title\n\n${PROSE}\n\nReferences\n\n${entries.join('\n')}\n`;
    const found = findReferenceList(text);
    assert.ok(found);
    const last = found.entries[found.entries.length - 1];
    assert.equal(text.slice(last.start, last.end).replace(/^[-•*]\s+/, ''), entries[entries.length - 1].replace(/^[-•*]\s+/, ''));
    assert.ok(found.entries.length >= entries.length * 0.98, `${found.entries.length} of ${entries.length}`);
  });
});

describe('readReferences', () => {
  it('gives ids r1..rN in list order, text equal to the slice, csl.id equal to the id', () => {
    const text = `${PROSE}\n\nReferences\n\n${A}\n\n${B}\n\n${C}`;
    const { references, referenceList } = readReferences(text);
    assert.deepEqual(references.map((r) => r.id), ['r1', 'r2', 'r3']);
    assert.deepEqual(references.map((r) => r.index), [0, 1, 2]);
    for (const r of references) {
      assert.equal(r.text, text.slice(r.start, r.end));
      assert.equal(r.csl.id, r.id);
    }
    assert.ok(referenceList?.heading);
    assert.equal(text.slice(referenceList.heading.start, referenceList.heading.end), 'References');
  });

  it('copies the previous authors to an entry that starts with a rule', () => {
    const text = `References\n\nMarsh, Theodora. 2004. "Miasma." Isis 95 (3): 392–415.\n\n———. 2012. Counting the Dead. Chicago: University of Chicago Press.\n\n--. 2015. Later Work. Chicago: University of Chicago Press.`;
    const { references } = readReferences(text);
    assert.equal(references.length, 3);
    assert.deepEqual(references[1].csl.author, [{ family: 'Marsh', given: 'Theodora' }]);
    assert.deepEqual(references[2].csl.author, [{ family: 'Marsh', given: 'Theodora' }]);
    assert.deepEqual(references[2].csl.issued, { 'date-parts': [[2015]] });
    assert.ok(!references[1].uncertain.includes('author'));
  });

  it('copies the previous authors to an entry that starts with one dash before its year (biblatex)', () => {
    // The list of found PDF 01 (a Quarto thesis, biblatex authoryear): "–" for the author of the entry above.
    const text = `Literatur\n\nWickham, Hadley (2014). “Tidy Data”. In: Journal of Statistical Software 59.10, S. 1–23.\n\n– (2016). Ggplot2. New York, NY: Springer.\n\n– (17. Apr. 2015b). The only way to write good code. Tweet.\n\n— 2019. Advanced R. Boca Raton: CRC Press.`;
    const { references } = readReferences(text);
    assert.equal(references.length, 4);
    assert.deepEqual(references[1].csl.author, [{ family: 'Wickham', given: 'Hadley' }]);
    assert.deepEqual(references[1].csl.issued, { 'date-parts': [[2016]] });
    for (const r of references.slice(2)) assert.deepEqual(r.csl.author, [{ family: 'Wickham', given: 'Hadley' }], r.text);
  });

  it('negative: a dash before words is no rule for the previous authors', () => {
    const text = `References\n\nWickham, Hadley (2014). Tidy Data. Journal of Statistical Software 59, 1–23.\n\n– Smith, John (2016). Ggplot2. New York: Springer.`;
    const { references } = readReferences(text);
    assert.ok(references.every((r) => !(r.csl.author ?? []).some((a) => a.family === 'Wickham') || r.csl.title?.includes('Tidy')));
  });

  it('a dash and a year open an entry after one that seems to go on ("… Documentation for R." ends with what reads as an initial)', () => {
    const text = `Literatur\n\nWickham, Hadley, Peter Danenberg u. a. (2022a). roxygen2: In-Line Documentation for R.\n\n– (2022b). roxygen2: In-Line Documentation for R. Version 7.2.\n\nZeileis, Achim (2020). Colorspace. Wien.`;
    const { references } = readReferences(text);
    assert.deepEqual(references.map((r) => r.text.slice(0, 12)), ['Wickham, Had', '– (2022b). r', 'Zeileis, Ach']);
  });

  it('negative: after an unfinished entry, a paragraph that opens with a dash and words (no year) goes on with it', () => {
    const text = `Literatur\n\nWickham, Hadley (2022a). roxygen2: In-Line Documentation for\n\n– and more tools. Version 7.2.\n\nZeileis, Achim (2020). Colorspace. Wien.`;
    const { references } = readReferences(text);
    assert.equal(references.length, 2, references.map((r) => r.text).join(' | '));
  });

  it('says when the list was found without a heading', () => {
    const { notices } = readReferences(`${PROSE}\n\n${A}\n\n${B}\n\n${C}`);
    assert.ok(notices.some((n) => n.code === 'reference-list-without-heading'));
  });

  it('says which entries have no year', () => {
    const { notices } = readReferences(`References\n\n${A}\n\nMorrison, Toni. Playing in the Dark. Harvard University Press.\n\n${B}`);
    const n = notices.find((x) => x.code === 'reference-without-year');
    assert.ok(n?.span);
    assert.match(n.message, /Reference 2/);
  });

  it('returns nothing and no error for a text without a list', () => {
    assert.deepEqual(readReferences(PROSE), { references: [], notices: [] });
  });
});

/** "Accessed 3 May 2020", "Retrieved March 3, 2020", "Acesso em: 3 mar. 2020": the date a reader looked, not a publication date. */
const ACCESS_DATE = /\b(?:accessed|retrieved|viewed|consultad[oa]|consulté|acesso em|acessado em|abgerufen am|zugegriffen am|geraadpleegd op|consultato il)(?!\p{L})[^.;\]]*?\b(?:1[5-9]\d\d|20\d\d)\b/giu;

/**
 * Whether an entry's text states a publication date: a year, "n.d." / "s.d." / "o.J.", or a status
 * such as "in press" / "in corso di stampa", outside its access dates and links. Written apart from the parser so that the check does not share its mistakes.
 */
function statesPublicationDate(entry: string): boolean {
  const rest = entry.replace(/\b(?:https?:\/\/|www\.|doi:\s*)\S+/giu, ' ').replace(ACCESS_DATE, ' ');
  return (
    /\b(?:1[5-9]\d\d|20\d\d)[a-z]?\b|\b(?:n|s)\.\s?[df]\.|\bo\.\s?J\./u.test(rest) ||
    /(?<!\p{L})(?:in press|forthcoming|in corso di stampa|no prelo|en prensa|sous presse|à paraître|im Druck|ter perse|te verschijnen)(?!\p{L})|\bu\.\s?å\./iu.test(rest)
  );
}

describe('the annotated essays: every reference entry, exactly', () => {
  const essays = join(__dirname, '..', 'fixtures', 'essays');
  const cases: { name: string; text: string; gold: string }[] = [
    { name: 'soft-balancing (the seed essay)', text: join(__dirname, '..', '..', 'corpus', 'soft-balancing.txt'), gold: join(__dirname, '..', 'fixtures', 'soft-balancing.gold.json') },
    ...readdirSync(essays)
      .filter((f) => f.endsWith('.gold.json'))
      .map((f) => ({ name: f.replace('.gold.json', ''), text: join(essays, f.replace('.gold.json', '.txt')), gold: join(essays, f) })),
  ];
  for (const c of cases) {
    it(c.name, () => {
      const raw = readFileSync(c.text, 'utf8');
      const text = stripBom(raw);
      const gold = JSON.parse(readFileSync(c.gold, 'utf8')) as { references: { id: string; text: string }[] };
      const { references } = readReferences(text);
      assert.deepEqual(
        references.map((r) => r.text),
        gold.references.map((r) => r.text),
      );
      assert.deepEqual(
        references.map((r) => r.id),
        gold.references.map((r) => r.id),
      );
      for (const r of references) {
        assert.ok(r.csl.author || r.csl.editor, `${r.id} has authors: ${r.text}`);
        // An entry that states when it was published has `issued`; one that states only when it was
        // read ("Accessed 3 May 2020") has no publication date, and the access date must not become one.
        if (statesPublicationDate(r.text)) assert.ok(r.csl.issued, `${r.id} has a year: ${r.text}`);
        else {
          assert.equal(r.csl.issued, undefined, `${r.id} states no publication date: ${r.text}`);
          if (new RegExp(ACCESS_DATE.source, 'iu').test(r.text)) assert.ok(r.csl.accessed, `${r.id} keeps its access date: ${r.text}`);
        }
      }
    });
  }
});

describe('the seed essay: the entries the issue names', () => {
  let text = '';
  before(function () {
    for (const p of [join(__dirname, '..', '..', 'corpus', 'soft-balancing.txt'), '/work/shared/corpus/soft-balancing.txt']) {
      try {
        text = stripBom(readFileSync(p, 'utf8'));
        return;
      } catch {
        // try the next place
      }
    }
    this.skip();
  });
  const byFamily = (family: string) => readReferences(text).references.find((r) => r.csl.author?.[0]?.family === family);
  it('has ten references', () => assert.equal(readReferences(text).references.length, 10));
  it('Brooks and Wohlforth are two authors', () => assert.deepEqual(byFamily('Brooks')?.csl.author, [{ family: 'Brooks', given: 'Stephen G.' }, { family: 'Wohlforth' }]));
  it('Contessi has no title, a journal and the late year', () => {
    const r = byFamily('Contessi');
    assert.equal(r?.csl.title, undefined);
    assert.equal(r?.csl['container-title'], 'China and Eurasia Forum Quarterly');
    assert.deepEqual(r?.csl.issued, { 'date-parts': [[2010]] });
  });
  it('Mingjiang is the family name, Li the given name', () => assert.deepEqual(byFamily('Mingjiang')?.csl.author, [{ family: 'Mingjiang', given: 'Li' }]));
  it('Wang, Haiyun', () => assert.deepEqual(byFamily('Wang')?.csl.author, [{ family: 'Wang', given: 'Haiyun' }]));
  it('every entry has a year', () => {
    for (const r of readReferences(text).references) assert.ok(r.csl.issued?.['date-parts'], r.text);
  });
});

describe('robustness', () => {
  const inputs: [string, string][] = [
    ['binary-looking', '\u0000\u0001References\u0000\n\u0002Smith, J. (2010). X.\ufffd\ud800'],
    ['zero-width characters everywhere', `R\u200beferences\n\n\u200b${A}\u200d\n\n${B}\u2060`],
    ['only blank lines and NBSP', '\n\u00a0\n \n\t\n'.repeat(1000)],
    ['a heading repeated many times', 'References\n'.repeat(5000)],
    ['a 1 MB line', `References\n\n${'Smith, J. (2010). '.repeat(60_000)}`],
    ['mixed line endings', `${PROSE}\r\nReferences\r${A}\n${B}\r\n`],
  ];
  for (const [name, text] of inputs) {
    it(`never throws: ${name}`, () => {
      const { references } = readReferences(text);
      for (const r of references) assert.equal(r.text, text.slice(r.start, r.end));
    });
  }

  // Whole, within mocha's limit; how its time grows with the text is measured by `npm run bench`, not here.
  it('reads a 16 MB text with 5,000 entries whole', function () {
    this.timeout(60_000);
    const styles = [
      (k: number) => `Author${k}, J. A., & Other${k}, K. (${1950 + (k % 70)}). A title number ${k}. Journal of Things, ${k % 90}(${k % 4}), ${k}–${k + 20}.`,
      (k: number) => `AUTHOR${k}, John (${1950 + (k % 70)}). Title ${k}, International Security ${k % 40}, no. ${k % 5}, pp. ${k}-${k + 9}.`,
      (k: number) => `Author${k}, Maria. ${1950 + (k % 70)}. "Title ${k}." Review ${k % 30} (2): 1–22.`,
    ];
    const entries = Array.from({ length: 5000 }, (_, k) => styles[k % 3](k).replace(/\d+/g, (d) => d)).map((e) => e.replace(/(Author|AUTHOR|Other)(\d+)/g, (_m, w: string, d: string) => w + String.fromCharCode(97 + (Number(d) % 26)).repeat(1 + (Number(d) % 3))));
    const paragraph = `${PROSE} ${'Further prose follows here without any citation at all. '.repeat(40)}\n\n`;
    const body = paragraph.repeat(Math.ceil((16 * 1024 * 1024) / paragraph.length));
    const text = `A Title\n\n${body}References\n\n${entries.join('\n\n')}\n`;
    const { references } = readReferences(text);
    assert.equal(references.length, 5000);
    assert.deepEqual([references[0].text.slice(0, 12), references[4999].text.slice(0, 12)], [entries[0].slice(0, 12), entries[4999].slice(0, 12)]);
  });
});

describe('running heads and page numbers of text from a PDF', () => {
  const rows: [name: string, line: string, head: boolean][] = [
    ['page number, gap, journal', '214   Urban Research Review 18(3)', true],
    ['authors, gap, page number', 'Keller and Osei   215', true],
    ['a tab between', 'Journal of Urban Studies\t12', true],
    ['a page number alone', '17', true],
    ['negative: a year alone is a wrapped entry’s last line', '2019', false],
    ['negative: a sentence with a double space', 'See the results.  12', false],
    ['negative: an entry line with a double space after the year', 'Smith, J. (2010).  A title. London: Verso.', false],
    ['negative: a wrapped entry’s journal line', 'Sociological Research Online 21(3): 112–120.', false],
    ['negative: a single space before the number', 'Chapter 12', false],
    ['page number, one space, author in capitals', '30 E. M. TAVISTOCK', true],
    ['journal in capitals, one space, page number', 'URBAN STUDIES 31', true],
    ['negative: a number and a title in mixed case', '30 Years of Urban Policy', false],
    ['negative: volume and pages of a wrapped entry', '12 (3): 45–67.', false],
    ['negative: a numbered section heading in capitals', '1 INTRODUÇÃO', false],
    ['a publisher’s download stamp', 'Downloaded from https://academic.oup.com/jrs/article/12/3/211/123456 by guest on 12 May 2020', true],
    ['a JSTOR stamp', 'This content downloaded from 128.2.3.4 on Mon, 12 Jan 2015 10:22:33 UTC', true],
    ['the JSTOR terms line', 'All use subject to JSTOR Terms and Conditions', true],
    ['an SSRN stamp', 'Electronic copy available at: https://ssrn.com/abstract=2345678', true],
    ['negative: an entry that says where it was downloaded', 'Smith, J. (2010). Data. Downloaded from https://example.org on 3 May 2011.', false],
  ];
  for (const [name, line, head] of rows) it(name, () => assert.equal(isRunningHead(line), head));

  const mastheads: [name: string, line: string, masthead: boolean][] = [
    ['journal, volume, issue, pages', 'URBAN RESEARCH REVIEW 18(3) 211–229', true],
    ['with a colon before the pages', 'Journal of Planning History 7(2): 33–58', true],
    ['negative: a reference line with its year', 'Smith N (1979) Journal of the American Planning Association 45(4): 538–548', false],
    ['negative: a title without numbers', 'Platform rentals and the new rent gap', false],
  ];
  for (const [name, line, masthead] of mastheads) it(`masthead: ${name}`, () => assert.equal(isMasthead(line), masthead));
});

describe('a journal line after a finished line is the entry going on', () => {
  const ZHANG = 'Zhang, L., Lengersdorff, L., Mikus, N., Gläscher, J., & Lamm, C. (2020). Using reinforce-\nment learning models in social neuroscience: Frameworks, pitfalls, and suggestions.\nSocial Cognitive and Affective Neuroscience, 15(6), 695–707. https://doi.org/10.1093/\nscan/nsaa089';
  const WILSON = 'Wilson, R. C., & Collins, A. G. (2019). Ten simple rules for the computational modeling\nof behavioral data. eLife, 8, e49547. https://doi.org/10.7554/eLife.49547';
  const GLASS = 'Leon Glass and Michael C. Mackey, From Clocks to Chaos. Princeton University Press, 1988.';
  const rows: [name: string, entries: string[]][] = [
    ['a journal of three capitalised words and "and", then volume, issue, pages and a DOI', [WILSON, ZHANG]],
    ['negative: persons written given name first after a finished entry still start one', [WILSON, GLASS]],
    [
      'an entry without authors, its title then its year in brackets, in a wrapped list',
      [
        'Rocklin, Matthew. (2015). Dask: Parallel Computation with Blocked algorithms and Task\nScheduling. In Proceedings of the 14th Python in Science Conference (pp. 126–132).',
        'Sentinel-1 RTC product guide. (2023). Alaska Satellite Facility Distributed Active Archive\nCenter. https://hyp3-docs.asf.alaska.edu/guides/rtc_product_guide/',
        WILSON,
      ],
    ],
    [
      'negative: a wrapped title line with a bracketed year inside stays in its entry',
      ['Smith, J. (2010). A history of the first survey of the coast of the province\nand its maps. (1850) [Reprint]. London: Verso.', WILSON],
    ],
  ];
  for (const [name, entries] of rows) {
    it(name, () => {
      const text = `Some prose (Wilson & Collins, 2019).\n\nReferences\n${entries.join('\n')}\n`;
      const found = findReferenceList(text);
      assert.ok(found);
      assert.deepEqual(found.entries.map((e) => text.slice(e.start, e.end)), entries);
    });
  }
});

describe('page furniture found by repetition (text copied from a PDF)', () => {
  const FOOT = 'Johnston et al., (2019). A graduate student-led course in R. Journal of Open Source Education, 2(16), 49.';
  const page = (n: number, body: string): string => `${body}\n${Array.from({ length: 10 }, (_, k) => `Line ${k} of page ${n} goes on here.`).join('\n')}\n${FOOT}\n${n}\n`;
  const furnitureOf = (text: string): string[] => findFurniture(text).spans.map((s) => text.slice(s.start, s.end));
  const rows: [name: string, text: string, furniture: string[]][] = [
    ['a running foot with a year on three pages, and the page numbers beside it', page(1, 'Intro') + page(2, 'More') + page(3, 'End'), [FOOT, '1', FOOT, '2', FOOT, '3']],
    ['a running foot printed twice, each time beside a page number', page(1, 'Intro') + page(2, 'More'), [FOOT, '1', FOOT, '2']],
    ['negative: a line printed twice without a page number beside it', `${FOOT}\n${'Body text line.\n'.repeat(12)}${FOOT}\n`, []],
    ['negative: a wrapped line that comes back entry after entry', `A, B. (2001). T. Journal of\nStatistical Software, 1, 1-2.\nC, D. (2002). U. Journal of\nStatistical Software, 1, 1-2.\nE, F. (2003). V. Journal of\nStatistical Software, 1, 1-2.\n`, []],
    ['negative: a short line repeated', `${'Table 1\nx\n'.repeat(8)}`, []],
  ];
  for (const [name, text, furniture] of rows) it(name, () => assert.deepEqual(furnitureOf(text), furniture));

  it('a running foot between two entries neither ends the first nor is an entry', () => {
    const entry = (name: string, year: number): string => `${name}, A. (${year}). A title about page ${year} and its long sub-\ntitle. Journal of Things, 2(3), 4–5.`;
    const entries = ['Gotelli', 'Haaranen', 'Hothorn', 'Kuznetsova', 'Markham', 'Rubin', 'Sawyer', 'Wilson'].map((name, k) => entry(name, 2001 + k));
    const body = Array.from({ length: 12 }, (_, k) => `Body line ${k} of the essay, with (Gotelli, 2001) cited.`).join('\n');
    const text = `${body}\n${FOOT}\n1\n${body}\n${FOOT}\n2\n${body}\nReferences\n${entries[0]}\n${FOOT}\n3\n${entries.slice(1).join('\n')}\n${FOOT}\n4\n`;
    const found = findReferenceList(text);
    assert.ok(found);
    assert.deepEqual(
      found.entries.map((e) => text.slice(e.start, e.end)),
      entries,
    );
  });
});
