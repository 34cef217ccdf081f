// Places that do not pin a child down, written for this project: countries and parts of the world (a
// family "fra Syrien" or "i Polen" is one of many thousands), the largest Danish cities and the hospital
// sites where child psychiatry is (a child seen "i Risskov" says nothing about where it lives).
// Municipality names are allowed as well: the platform knows the municipality anyway. Everything else the
// place gazetteer (the Danish dictionary's geographic names) knows is a place that identifies.
export const NON_IDENTIFYING_PLACES = `
# countries and territories
afghanistan albanien algeriet angola argentina armenien australien aserbajdsjan bangladesh belgien
bosnien bosnien-hercegovina brasilien bulgarien burma canada chile colombia cuba cypern danmark
egypten england eritrea estland etiopien filippinerne finland frankrig færøerne georgien ghana grækenland
grønland holland indien indonesien irak iran irland island israel italien japan jordan kasakhstan kenya
kina kosovo kroatien kurdistan letland libanon libyen litauen makedonien marokko mexico moldova
montenegro myanmar nepal nigeria nordkorea nordmakedonien norge pakistan palæstina peru polen portugal
rumænien rusland rwanda saudi-arabien schweiz serbien skotland slovakiet slovenien somalia spanien
sri sydafrika sydkorea sudan sverige syrien tanzania thailand tjekkiet tunesien tyrkiet tyskland uganda
ukraine ungarn usa vietnam wales yemen østrig
# parts of the world
europa asien afrika amerika nordamerika sydamerika mellemøsten østeuropa skandinavien norden arktis
balkan kaukasus
# seas, straits and landscapes
vesterhavet nordsøen østersøen kattegat skagerrak limfjorden lillebælt storebælt øresund vadehavet
middelhavet atlanten
# parts of Denmark and the largest cities
jylland sjælland fyn lolland falster bornholm nordsjælland vestsjælland sydsjælland midtjylland
nordjylland sydjylland østjylland vestjylland sønderjylland vendsyssel himmerland djursland thy mors
københavn kbh århus aarhus odense aalborg ålborg esbjerg randers kolding horsens vejle roskilde herning
silkeborg næstved fredericia viborg køge holstebro slagelse hillerød sønderborg svendborg hjørring
holbæk frederikshavn
# child and adolescent psychiatry and large hospital sites
skejby risskov bispebjerg glostrup gødstrup hvidovre herlev rigshospitalet augustenborg
`;

// Small Danish islands (with a few hundred people or fewer): "flyttet til Tunø" names the family.
export const SMALL_ISLANDS = `
tunø endelave anholt sejerø nekselø omø agersø fejø femø askø lyø avernakø bjørnø strynø birkholm
hjortø skarø drejø orø fur venø egholm hjarnø årø barsø mandø rømø fanø samsø læsø ærø thurø
siø baagø bågø hesselø sejrø livø oddesund aarø fænø enø knudshoved
`;
