// Context words, written for this project. A capitalised word straight after one of these (allowing a
// comma, colon, dash or parenthesis in between, but no sentence end) is taken for a person's name even
// when it is not in the gazetteer: "mor Hanne", "pædagogen, Lotte,", "familien Xu", "hr. Bech".

// Relations and roles around a child.
export const RELATION_WORDS = `
mor moren moderen mormor morfar mormoren morfaren far faren faderen farmor farfar farmoren farfaren
bedstemor bedstefar bedstemoren bedstefaren oldemor oldefar forælder
bror broren broderen søster søsteren lillebror lillebroren storebror storebroren lillesøster
lillesøsteren storesøster storesøsteren halvbror halvbroren halvsøster halvsøsteren
papbror papsøster papfar papfaren papmor papmoren bonusbror bonussøster bonusfar bonusfaren
bonusmor bonusmoren stedfar stedfaren stedmor stedmoren stedbror stedsøster plejemor plejemoren
plejefar plejefaren plejebror plejesøster tvilling tvillingebror tvillingesøster tvillingen
onkel onklen moster mosteren faster fasteren tante tanten fætter fætteren kusine kusinen nevø niece
kæreste kæresten ven vennen veninde veninden kammerat kammeraten klassekammerat klassekammeraten
barnet drengen pigen søn sønnen datter datteren eleven patienten borgeren
lærer læreren lærerinde lærerinden klasselærer klasselæreren klasselærerne dansklærer dansklæreren
matematiklærer matematiklæreren støttelærer støttelæreren akt-lærer akt-læreren
pædagog pædagogen støttepædagog støttepædagogen socialpædagog socialpædagogen dagplejer dagplejeren
dagplejemor dagplejemoren socialrådgiver socialrådgiveren sagsbehandler sagsbehandleren rådgiver
rådgiveren familiebehandler familiebehandleren familieterapeut psykolog psykologen skolepsykolog
skolepsykologen læge lægen speciallæge speciallægen psykiater psykiateren sundhedsplejerske
sundhedsplejersken kontaktperson kontaktpersonen skoleleder skolelederen afdelingsleder
afdelingslederen leder lederen inklusionsvejleder vejleder vejlederen træner træneren tolk tolken
advokat advokaten bisidder bisidderen værge værgen ergoterapeut ergoterapeuten fysioterapeut
talepædagog talepædagogen logopæd sygeplejerske sygeplejersken præst præsten imam imamen
familien fru frk hr dr
`;

// Phrases that introduce a name: "hedder Emil", "navnet er Emil", "kaldet Emil", "Kære Emil".
export const NAMING_WORDS = `
hedder heder hed hedde navn navnet navne kaldet kaldes kaldte kalder benævnt døbt kære
`;

// Sign-offs after which the writer's name follows, often on the next line ("Med venlig hilsen\nHanne").
export const SIGN_OFF_WORDS = `
hilsen hilsner mvh vh kh
`;

// Mail and form headers, only taken with a colon ("Fra: Hanne Jensen"); "fra Skejby" is no header.
export const HEADER_WORDS = `
fra til cc att afsender modtager underskrift kontaktperson
`;

// "skrevet af Hanne Jensen", "udfyldt af …".
export const AUTHOR_VERBS = `
skrevet udfyldt underskrevet udarbejdet
`;

// Finite verbs that, right after a sentence-initial ambiguous name, show it is the subject of the
// sentence and so a name: "Storm er 9 år", "Bo bor hos mor" ("Storm" or "Bo" alone would be words).
export const VERBS_AFTER_SUBJECT = `
er var har havde bor boede går gik kommer kom bliver blev får fik siger sagde fortæller fortalte
synes syntes føler følte virker virkede viser viste reagerer reagerede græder græd leger legede
spiser spiste sover sov tænker tænkte ønsker ønskede mangler manglede trives mistrives kæmper
kæmpede klarer klarede deltager deltog begyndte startede flyttede kan kunne vil ville skal skulle
må måtte bør burde går gik elsker elskede hader hadede ved vidste
`;

// Words after which a capitalised word is the title of a book, film, song or game, not a person in the
// case: "har læst Matilda", "filmen Frost", "spillet Fortnite".
export const TITLE_CUES = `
læst læser læste læse bogen bøgerne romanen filmen filmene serien spillet sangen tegneserien
`;
