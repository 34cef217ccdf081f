// The 98 Danish municipalities and the five regions, written for this project. Their names are places,
// not people, even after a title: "Socialrådgiver, Favrskov Kommune".
export const MUNICIPALITIES = `
# Region Hovedstaden
Albertslund Allerød Ballerup Bornholm Brøndby Dragør Egedal Fredensborg Frederiksberg Frederikssund
Furesø Gentofte Gladsaxe Glostrup Gribskov Halsnæs Helsingør Herlev Hillerød Hvidovre Høje-Taastrup
Hørsholm Ishøj København Lyngby-Taarbæk Rudersdal Rødovre Tårnby Vallensbæk
# Region Sjælland
Faxe Greve Guldborgsund Holbæk Kalundborg Køge Lejre Lolland Næstved Odsherred Ringsted Roskilde
Slagelse Solrød Sorø Stevns Vordingborg
# Region Syddanmark
Assens Billund Esbjerg Fanø Fredericia Faaborg-Midtfyn Haderslev Kerteminde Kolding Langeland
Middelfart Nordfyns Nyborg Odense Svendborg Sønderborg Tønder Varde Vejen Vejle Ærø Aabenraa
# Region Midtjylland
Favrskov Hedensted Herning Holstebro Horsens Ikast-Brande Lemvig Norddjurs Odder Randers
Ringkøbing-Skjern Samsø Silkeborg Skanderborg Skive Struer Syddjurs Viborg Aarhus
# Region Nordjylland
Brønderslev Frederikshavn Hjørring Jammerbugt Læsø Mariagerfjord Morsø Rebild Thisted Vesthimmerlands
Aalborg
# Regions, parts of the country and hospital sites
Hovedstaden Sjælland Syddanmark Midtjylland Nordjylland Jylland Fyn Danmark Grønland Færøerne Skejby
Risskov Bispebjerg Gødstrup
`;
