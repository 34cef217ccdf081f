// Words that are never names, written for this project: the clinical, educational and administrative
// vocabulary of Danish child-psychiatry case descriptions, named methods and instruments (some of them
// carry a person's name: "Marte Meo", "Aspergers syndrom", "Conners 3"), medicines, and the names of
// regions and authorities. A word here is not reported even after "kaldet"/"hedder" ("et forløb kaldet
// Cool Kids") or next to a name. Lookups also try the word without a genitive -s ("Aspergers").
export const CLINICAL_WORDS = `
# diagnoses, conditions and eponyms
adhd add asf ocd ptsd pts odd cd dcd tics tourette tourettes asperger aspergers kanner rett retts
down downs williams angelman prader willi klinefelter turner duchenne marfan noonan crohn crohns
perthes hirschsprung ehlers danlos alzheimer parkinson huntington wilms hodgkin fas fasd
# screening, test and rating instruments
sdq cbcl trf ysr brief brief-2 wisc wisc-v wisc-iv wppsi wppsi-iv wais wais-iv ados ados-2 adi adi-r
kiddie kiddie-sads sads k-sads dawba scas rcads mfq cdi cdi-2 pedsqol pedsql kidscreen assq srs srs-2
cast conners adhd-rs disc mini-kid mini cgas gaf icd icd-10 icd-11 dsm dsm-5 dsm-iv vineland
vineland-3 bayley bayley-iii leiter raven ravens kaufman kabc kabc-ii stroop rey benton
achenbach spence goodman kovacs rutter gillberg wechsler nepsy nepsy-ii beery vmi movement abc
abc-2 mabc sensory profile dcdq eat edeq ede-q cy-bocs cybocs ybocs scared screen prodromal caps
ca cats cries hads rads bdi dass mdi who-5 whoqol kinder kiddy nib hitkit
# treatment programmes and methods
cool kids chilled back2school tuning in to kids tik pmto pals duå utrolige år incredible years
circle security cos mbt dbt kat kat-kassen erp emdr tf-cbt cbt nada fit marte meo theraplay
mind my mind mmm connect sfi sfb multisystemisk mst fft ffb safe strong signs of safety
neuropædagogik neuropsykologisk mentalisering mentaliseringsbaseret low arousal kompetencehjulet
trappetrin stepping stones triple p de utrolige år webster webster-stratton stratton
tomm bowlby ainsworth winnicott fonagy piaget vygotsky bronfenbrenner antonovsky maslow erikson
eriksons greene collaborative proactive solutions cps lego legoterapi friends furman kids' skills
hejlskov elvén denver teacch pecs aba esdm montessori steiner zones regulation social stories
# medicines
ritalin concerta medikinet equasym elvanse attentin strattera atomoxetin intuniv guanfacin
methylphenidat lisdexamfetamin dexamfetamin melatonin circadin sertralin zoloft fluoxetin fontex
escitalopram cipralex citalopram aripiprazol abilify risperidon risperdal quetiapin seroquel
olanzapin lamotrigin lamictal valproat truxal theralen phenergan atarax promethazin propranolol
lithium clonidin catapresan
# education and social-services vocabulary
ppr ppl bup bupa akt uu ssp sfo sfo'en fo klub kkfo viso cfu ufu pau bia vpa fvu stu egu fgu hhx
stx htx hf ungdomsskole ungdomsskolen folkeskole folkeskolen friskole efterskole heltidsskole
specialskole specialklasse specialtilbud modtagelsesklasse børnehave børnehaven vuggestue dagpleje
barnahus familiehus familiehuset familieafdelingen socialforvaltningen børne ungeforvaltningen
sundhedsplejen psykiatrien børnepsykiatrien regionspsykiatrien ungdomspsykiatri
børne-og ungdomspsykiatri børne-og ungdomspsykiatrisk centret center afdeling afsnit ambulatorium
akutmodtagelsen akuttelefonen skadestuen lægevagten plo kl sundhedsstyrelsen socialstyrelsen
sundhedsdatastyrelsen børnerådet børns vilkår red barnet headspace ventilen det sociale netværk
landsforeningen autismeforeningen adhd-foreningen
# authorities (place names are in municipalities.ts)
region regionen regioner kommune kommunen kommunens kommuner universitetshospital auh
regionshospitalet rigshospitalet ouh danske dansk
# eponyms and instruments named after people
beck beck-ii byi youth inventories inventory wechsler bender gestalt
# games, platforms, media and school systems children and schools talk about
minecraft roblox fortnite youtube tiktok snapchat instagram facebook messenger discord twitch netflix
playstation xbox nintendo switch ipad iphone android google aula meebook skoletube teams zoom
lego pokémon pokemon fifa gta spotify chromebook uni-login unilogin
# faith and feasts ("beder til Gud", "fejrer Eid")
gud guds allah jesus kristus buddha ramadan ramadanen eid bayram diwali hanukkah jul julen
påsken pinsen julemanden julemand nisse nissen
muslim muslimer muslimsk kristen katolik katolsk jøde jødisk hindu buddhist sikh jehovas vidner
thai kurder kurdisk arabisk somali somalisk tyrkisk polsk ukrainsk tamil urdu dari pashto tigrinya
# places children go for a day out, not where they live
tivoli legoland lalandia sommerland bakken zoo zoologisk experimentarium kattegatcentret
# software and file formats
outlook excel word powerpoint markdown pdf docx ctrl alt windows office gmail hotmail
# car makes ("en grå Skoda")
skoda toyota volvo volkswagen vw audi bmw mercedes ford opel peugeot citroën renault kia hyundai tesla
nissan mazda fiat seat suzuki dacia
# terms in English that appear in reports
total score scores subscale subscales summary report teacher parent parents child self
`;

// Words before which a capitalised word is part of a saint's, monarch's or holiday's name, not a person
// in the case ("Sankt Hans", "Kong Frederik", "Dronning Margrethe").
export const ROYAL_AND_SAINT_PREFIXES = `
sankt sct skt set kong kongens dronning dronningens prins prinsesse kronprins kronprinsesse
`;

// Weekdays, months and holidays. Danish writes them in lower case, so a capitalised one opens a sentence
// or a heading. A few are also first names (August, Maj, April, Juni): those count as ambiguous names.
export const TIME_WORDS = `
mandag tirsdag onsdag torsdag fredag lørdag søndag tirs ons tors fre lør
januar februar marts april maj juni juli august september oktober november december
feb mar apr jul aug sep sept okt nov dec
jul juleferie påske påskeferie pinse himmelfart kristi bededag grundlovsdag
nytår nytårsaften juleaften vinterferie efterårsferie sommerferie
`;
