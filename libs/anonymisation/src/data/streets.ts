// Street vocabulary, written for this project.

// Endings of Danish street names, written as one word with the name ("Skovvej", "Nørregade",
// "Solbakken"). Endings that are also endings of ordinary words are left out on purpose: "-ring"
// (vurdering, behandling), "-dal" (skandal), "-eng" (dreng), "-vig" (Ludvig), "-port" (rapport),
// "-bjerg"/"-bro"/"-skov" (town names: Esbjerg, Holstebro, Risskov), and so are definite forms that
// end ordinary words ("Vurderingen", "Drengen", "Rapporten", "Volden"). Those streets are still found
// written as separate words after a name ("Østre Vold", "Ring 3" is not taken).
export const STREET_ENDINGS = `
vej vejen gade gaden allé alle stræde strædet plads pladsen vænge vænget park parken have haven
haverne toft toften tofte bakke bakken bakkerne høj højen højene hegn hegnet sti stien boulevard
torv torvet vang vangen marken markerne ageren agrene lunden skoven dalen kær kæret
mose mosen stranden brink brinken krogen løkke løkken holmen passage passagen promenade promenaden
kaj kajen broen dige diget sving svinget gyde gyden kobbel koblen havn
havnen bryggen brygge tværvej bjerget kilden
`;

// Street words written on their own after a name ("Peter Bangs Vej", "Nørre Allé", "Sankt Annæ Plads").
export const STREET_WORDS = `
vej gade allé alle stræde plads vænge vænget park parken have haven toft bakke bakken høj hegn sti
boulevard torv vang kær mose brink passage promenade kaj dige sving vold gyde kobbel havn brygge
bro
`;

// Capitalised words that open multi-word street names ("Gammel Kongevej", "Ny Østergade", "H.C.
// Andersens Boulevard"): allowed before a street name even when they are ordinary words.
export const STREET_NAME_OPENERS = `
gammel gl gamle ny nye store st lille ll nørre søndre sønder vester vestre øster østre nord syd
øst vest sankt sct skt kong kongens dronning dronningens prins prinsesse over neder under mellem
lange brede indre ydre
`;

// Written in lower case, a street name is only recognised with these endings (people do type
// "skovvej 12"), and not on these ordinary compounds ("omvej", "skolevej" — the way to school).
export const LOWER_CASE_STREET_ENDINGS = `
vej gade allé alle stræde
`;
export const ORDINARY_LOWER_CASE_STREET_WORDS = `
omvej genvej motorvej landevej sidevej hovedvej cykelvej gangvej skolevej gågade sidegade hovedgade
`;

// Ordinary words with a street ending that are never street names, however written.
export const NOT_STREETS = `
børnehave børnehaven skovbørnehave skovbørnehaven naturbørnehave naturbørnehaven kolonihave
kolonihaven legeplads legepladsen arbejdsplads arbejdspladsen praktikplads praktikpladsen læreplads
lærepladsen skoleplads institutionsplads parkeringsplads parkeringspladsen idrætsplads boldplads
cykelsti cykelstien gangsti forlystelsespark nationalpark danmark københavn skolevejen genvejen
omvejen hjemvejen
`;

// Words that, written right after a house number, show that the number is not a house number
// ("Parken 3 gange", "Børnehaven 2 dage om ugen").
export const UNITS_AFTER_NUMBERS = `
gange gang dage dag døgn uger uge måneder måned år års timer time minutter minut min sekunder
kr kroner procent pct point p elever børn voksne personer km meter m cm kg klasse klassetrin
`;
