// Questionnaires and diaries (shared by all patients). Item types: group,
// display, string, text, integer, decimal, boolean, choice, date.
// `options` of a choice item: [code, Dutch text] pairs (code system
// …/CodeSystem/questionnaire-answer). `enableWhen`: [linkId, answer].
// `kind`: 'questionnaire' or 'diary' (…/CodeSystem/questionnaire-kind).

const frequency = [
  ['nooit', 'Nooit'], ['bijna-nooit', 'Bijna nooit'], ['soms', 'Soms'], ['vaak', 'Vaak'], ['bijna-altijd', 'Bijna altijd'],
];
const days = [
  ['dagen-0', 'Geen dag'], ['dagen-1-2', '1–2 dagen'], ['dagen-3-4', '3–4 dagen'], ['dagen-5-6', '5–6 dagen'], ['dagen-7', 'Elke dag'],
];
const mood = [
  ['helemaal-niet', 'Helemaal niet'], ['enkele-dagen', 'Enkele dagen'], ['meer-dan-helft', 'Meer dan de helft van de dagen'], ['bijna-elke-dag', 'Bijna elke dag'],
];

export const questionnaires = [
  {
    id: 'q-kwaliteit-van-leven-kind',
    kind: 'questionnaire',
    title: 'Vragenlijst kwaliteit van leven (kind)',
    description: 'Hoe gaat het thuis, op school en met je lichaam? Vul de vragen in over de afgelopen vier weken.',
    items: [
      { linkId: 'intro', type: 'display', text: 'Er zijn geen goede of foute antwoorden. Jouw arts bespreekt de antwoorden met je tijdens het volgende bezoek.' },
      { linkId: 'ingevuld-door', type: 'choice', text: 'Wie vult deze vragenlijst in?', required: true, options: [['kind', 'Het kind zelf'], ['ouder', 'Een ouder'], ['samen', 'Kind en ouder samen']] },
      {
        linkId: 'lichaam', type: 'group', text: 'Lichamelijk',
        items: [
          { linkId: 'lichaam-sport', type: 'choice', text: 'Had je moeite met sporten of buitenspelen?', required: true, options: frequency },
          { linkId: 'lichaam-pijn', type: 'choice', text: 'Had je pijn?', required: true, options: frequency },
          { linkId: 'lichaam-moe', type: 'choice', text: 'Was je moe?', required: true, options: frequency },
        ],
      },
      {
        linkId: 'school', type: 'group', text: 'School',
        items: [
          { linkId: 'school-opletten', type: 'choice', text: 'Was het moeilijk om op te letten in de klas?', options: frequency },
          { linkId: 'school-gemist', type: 'integer', text: 'Hoeveel schooldagen heb je gemist in de afgelopen vier weken?' },
        ],
      },
      {
        linkId: 'gevoel', type: 'group', text: 'Gevoel',
        items: [
          { linkId: 'gevoel-bang', type: 'choice', text: 'Voelde je je bang of zenuwachtig?', options: frequency },
          { linkId: 'gevoel-praten', type: 'boolean', text: 'Wil je iets bespreken met je arts of verpleegkundige?' },
          { linkId: 'gevoel-onderwerp', type: 'text', text: 'Waarover wil je praten?', enableWhen: ['gevoel-praten', true] },
        ],
      },
    ],
  },
  {
    id: 'q-prom-astma',
    kind: 'questionnaire',
    title: 'PROM Astma controle',
    description: 'Vragen over de astmaklachten in de afgelopen vier weken, in te vullen voor het controlebezoek aan de polikliniek.',
    items: [
      { linkId: 'benauwd-dagen', type: 'choice', text: 'Op hoeveel dagen per week was je kind benauwd of aan het piepen?', required: true, options: days },
      { linkId: 'nachten-wakker', type: 'integer', text: 'Hoeveel nachten werd je kind wakker door hoesten of benauwdheid (afgelopen vier weken)?', required: true },
      { linkId: 'salbutamol-per-week', type: 'integer', text: 'Hoe vaak per week was salbutamol (de luchtwegverwijder) nodig?', required: true },
      { linkId: 'sport', type: 'choice', text: 'Kon je kind meedoen met sport en spel?', options: [['altijd', 'Altijd'], ['meestal', 'Meestal'], ['soms', 'Soms'], ['nooit', 'Nooit']] },
      { linkId: 'spoed', type: 'boolean', text: 'Is je kind bij de huisartsenpost of de Spoedeisende Hulp geweest voor astma?' },
      { linkId: 'piekstroom', type: 'decimal', text: 'Beste piekstroom deze week (L/min), als die gemeten is' },
      { linkId: 'opmerkingen', type: 'string', text: 'Opmerkingen of vragen voor het bezoek' },
    ],
  },
  {
    id: 'q-eczeem-poem',
    kind: 'questionnaire',
    title: 'Eczeemvragenlijst',
    description: 'Vragen over het eczeem in de afgelopen week.',
    items: [
      { linkId: 'jeuk', type: 'choice', text: 'Op hoeveel dagen had je jeuk door het eczeem?', required: true, options: days },
      { linkId: 'slaap', type: 'choice', text: 'Op hoeveel nachten sliep je slecht door het eczeem?', required: true, options: days },
      { linkId: 'kloven', type: 'choice', text: 'Op hoeveel dagen was je huid gebarsten of had je kloven?', options: days },
      { linkId: 'smeren', type: 'choice', text: 'Op hoeveel dagen heb je de ontstekingsremmende crème gebruikt?', options: days },
      { linkId: 'toelichting', type: 'text', text: 'Toelichting' },
    ],
  },
  {
    id: 'q-bloeddruk-dagboek',
    kind: 'diary',
    title: 'Bloeddrukdagboek',
    description: 'Meet uw bloeddruk thuis, zittend na vijf minuten rust, en vul de waarden hier in.',
    items: [
      { linkId: 'datum', type: 'date', text: 'Datum van de meting', required: true },
      { linkId: 'moment', type: 'choice', text: 'Moment', required: true, options: [['ochtend', 'Ochtend'], ['avond', 'Avond']] },
      { linkId: 'systolisch', type: 'integer', text: 'Bovendruk (systolisch, mmHg)', required: true },
      { linkId: 'diastolisch', type: 'integer', text: 'Onderdruk (diastolisch, mmHg)', required: true },
      { linkId: 'pols', type: 'integer', text: 'Hartslag (per minuut)' },
      { linkId: 'opmerkingen', type: 'text', text: 'Bijzonderheden (hoofdpijn, duizeligheid, medicijn vergeten)' },
    ],
  },
  {
    id: 'q-pijndagboek',
    kind: 'diary',
    title: 'Pijndagboek',
    description: 'Houd bij hoeveel pijn je hebt en wat je ertegen doet.',
    items: [
      { linkId: 'datum', type: 'date', text: 'Datum', required: true },
      { linkId: 'pijnscore', type: 'integer', text: 'Pijnscore vandaag (0 = geen pijn, 10 = ergst denkbare pijn)', required: true },
      { linkId: 'plek', type: 'choice', text: 'Waar zat de pijn vooral?', options: [['pols', 'Pols of hand'], ['knie', 'Knie'], ['enkel', 'Enkel'], ['rug', 'Rug'], ['anders', 'Ergens anders']] },
      { linkId: 'pijnstiller', type: 'boolean', text: 'Heb je een pijnstiller genomen?' },
      { linkId: 'welke-pijnstiller', type: 'string', text: 'Welke pijnstiller en hoeveel?', enableWhen: ['pijnstiller', true] },
      { linkId: 'toelichting', type: 'text', text: 'Wat deed je toen de pijn erger werd?' },
    ],
  },
  {
    id: 'q-aanvalsdagboek',
    kind: 'diary',
    title: 'Aanvalsdagboek epilepsie',
    description: 'Schrijf elke aanval op, ook als die kort was. Neem het dagboek mee naar de controle.',
    items: [
      { linkId: 'datum', type: 'date', text: 'Datum', required: true },
      { linkId: 'aantal', type: 'integer', text: 'Aantal aanvallen op deze dag', required: true },
      { linkId: 'soort', type: 'choice', text: 'Soort aanval', options: [['focaal', 'Staren, smakken, niet reageren'], ['tonisch-clonisch', 'Verstijven en schokken'], ['onbekend', 'Weet ik niet']] },
      { linkId: 'duur', type: 'decimal', text: 'Duur van de langste aanval (minuten)' },
      { linkId: 'noodmedicatie', type: 'boolean', text: 'Is noodmedicatie gegeven?' },
      { linkId: 'bijzonderheden', type: 'text', text: 'Bijzonderheden (koorts, weinig slaap, medicijn vergeten)' },
    ],
  },
  {
    id: 'q-stemming',
    kind: 'questionnaire',
    title: 'Vragenlijst stemming',
    description: 'Hoe vaak had u in de afgelopen twee weken last van de volgende klachten?',
    items: [
      { linkId: 'plezier', type: 'choice', text: 'Weinig interesse of plezier in dingen', required: true, options: mood },
      { linkId: 'somber', type: 'choice', text: 'Somber, neerslachtig of hopeloos', required: true, options: mood },
      { linkId: 'slaap', type: 'choice', text: 'Moeite met in slaap komen of doorslapen, of te veel slapen', required: true, options: mood },
      { linkId: 'energie', type: 'choice', text: 'Moe of weinig energie', required: true, options: mood },
      { linkId: 'onrust', type: 'choice', text: 'Zo rusteloos dat u niet stil kon zitten, of juist veel trager dan normaal', options: mood },
      { linkId: 'uren-slaap', type: 'decimal', text: 'Hoeveel uur slaapt u gemiddeld per nacht?' },
      { linkId: 'toelichting', type: 'text', text: 'Wilt u nog iets kwijt aan uw behandelaar?' },
    ],
  },
  {
    id: 'q-intake-algemeen',
    kind: 'questionnaire',
    title: 'Intakevragenlijst polikliniek',
    description: 'Vul deze vragenlijst in voor uw eerste bezoek aan de polikliniek.',
    items: [
      { linkId: 'reden', type: 'text', text: 'Waarom bent u verwezen, in uw eigen woorden?', required: true },
      { linkId: 'gezondheid', type: 'choice', text: 'Hoe is uw gezondheid in het algemeen?', required: true, options: [['uitstekend', 'Uitstekend'], ['goed', 'Goed'], ['matig', 'Matig'], ['slecht', 'Slecht']] },
      {
        linkId: 'leefstijl', type: 'group', text: 'Leefstijl',
        items: [
          { linkId: 'roken', type: 'boolean', text: 'Rookt u?', required: true },
          { linkId: 'sigaretten', type: 'integer', text: 'Hoeveel sigaretten per dag?', enableWhen: ['roken', true] },
          { linkId: 'alcohol', type: 'integer', text: 'Hoeveel glazen alcohol drinkt u per week?' },
          { linkId: 'beweging', type: 'decimal', text: 'Hoeveel uur per week beweegt u (wandelen, fietsen, sport)?' },
        ],
      },
      { linkId: 'beroep', type: 'string', text: 'Wat is uw beroep?' },
      { linkId: 'medicijnen-lijst', type: 'boolean', text: 'Heeft u een actueel medicatieoverzicht van uw apotheek?' },
    ],
  },
  {
    id: 'q-ervaring',
    kind: 'questionnaire',
    title: 'Patiëntervaring polikliniek',
    description: 'Wat vond u van uw laatste bezoek? Uw antwoorden zijn anoniem voor de behandelaar.',
    items: [
      { linkId: 'cijfer', type: 'integer', text: 'Welk cijfer geeft u de polikliniek (1–10)?', required: true },
      { linkId: 'uitleg', type: 'choice', text: 'Kreeg u uitleg die u begreep?', options: [['ja', 'Ja'], ['deels', 'Gedeeltelijk'], ['nee', 'Nee']] },
      { linkId: 'aanbevelen', type: 'boolean', text: 'Zou u de polikliniek aanbevelen aan familie of vrienden?' },
      { linkId: 'tips', type: 'text', text: 'Tips of opmerkingen' },
    ],
  },
];
