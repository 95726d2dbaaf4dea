// Lucas de Vries (16 sinds 2026-10-12, dus zonder ouderlijke toegang meer):
// fracturen bij het keepen (Spoedeisende Hulp, orthopedie), Osgood-Schlatter
// en terugkeer naar sport (sportgeneeskunde), buikpijn als kleuter
// (kindergeneeskunde).

export default {
  reports: [
    {
      date: '2017-03-21 09:50', author: 'prac-visser', contact: 'AMB', title: 'Analyse buikpijn',
      text: `
        Anamnese:
        Jongen van zes jaar met sinds vier maanden bijna dagelijks buikpijn rond de navel, vaak na het eten. Ontlasting eens per drie dagen, hard en pijnlijk; soms remsporen in de onderbroek. Drinkt weinig, eet weinig groente. Geen braken, geen gewichtsverlies, geen koorts.

        Lichamelijk onderzoek:
        Gezonde jongen, lengte en gewicht op P75. Buik: palpabele scybala in de linker onderbuik, verder soepel zonder drukpijn. Perianaal geen fissuur. Geen afwijkingen aan de rug.

        Aanvullend onderzoek:
        Bloedbeeld, BSE en anti-tTG (coeliakiescreening) normaal.

        Conclusie:
        Functionele obstipatie volgens de Rome IV-criteria, met fecale impactie; geen aanwijzingen voor een organische oorzaak.

        Beleid:
        Desimpactie met macrogol in hoge dosering gedurende drie dagen, daarna onderhoudsdosering. Toilettraining na elke maaltijd met een voetenbankje, plasdagboek en poepdagboek. Voldoende drinken en vezels. Telefonische controle over twee maanden.
      `,
    },
    {
      date: '2017-06-13 14:15', author: 'prac-visser', contact: 'VR', type: 'note', title: 'Telefonische controle obstipatie',
      text: `
        Telefonisch consult met moeder.

        Anamnese:
        Na de desimpactie dagelijks zachte ontlasting met macrogol. Buikpijn vrijwel verdwenen, geen remsporen meer. Lucas gaat na elke maaltijd vijf minuten op het toilet en vindt de stickerkaart leuk. Drinkt meer water. Soms wil hij de drank niet innemen omdat hij het vies vindt.

        Conclusie:
        Functionele obstipatie, goed reagerend op macrogol en toilettraining.

        Beleid:
        Macrogol nog minimaal twee maanden voortzetten in dezelfde dosis; daarna in overleg met de huisarts langzaam afbouwen als de ontlasting minstens twee maanden goed is. Toilettraining voortzetten. Bij terugkeer van klachten opnieuw starten. Geen vervolgafspraak op de polikliniek Kindergeneeskunde; de huisarts neemt de controles over.
      `,
    },
    {
      date: '2023-05-13 17:40', author: 'prac-yilmaz', contact: 'EMER', title: 'SEH-verslag: val op linkerpols',
      text: `
        Anamnese:
        Twaalfjarige jongen, keeper, viel tijdens een voetbalwedstrijd op de uitgestrekte linkerhand. Direct pijn en zwelling van de pols. Geen ander letsel, geen hoofdtrauma. Rechtshandig.

        Lichamelijk onderzoek:
        Zwelling en drukpijn distaal aan de radius links, lichte standsafwijking. Geen drukpijn in de tabatière. Sensibiliteit en doorbloeding van de hand intact, goede capillaire refill. Elleboog vrij.

        Aanvullend onderzoek:
        Röntgenfoto pols links: greenstick-fractuur van de distale radiusmetafyse met 12 graden dorsale angulatie; epifysairschijf intact. Ulna intact.

        Conclusie:
        Greenstick-fractuur distale radius links, acceptabele stand voor de leeftijd.

        Beleid:
        Onderarmgips (circulair na afzwellen) met mitella. Pijnstilling met paracetamol en zo nodig ibuprofen. Hand hoog houden, vingers bewegen. Bij toenemende pijn, tintelingen of koude vingers direct terugkomen. Controle op de fractuurpoli Orthopedie over drie dagen.
      `,
    },
    {
      date: '2023-05-16 10:10', author: 'prac-bos', contact: 'AMB', title: 'Fractuurpoli: controle distale radiusfractuur',
      text: `
        Anamnese:
        Pijn goed te verdragen met paracetamol. Zwelling afgenomen. Geen tintelingen. Lucas vraagt of hij mag trainen.

        Lichamelijk onderzoek:
        Spalk intact, vingers warm en goed beweeglijk. Sensibiliteit normaal.

        Aanvullend onderzoek:
        Röntgenfoto in gips: ongewijzigde stand van de greenstick-fractuur distale radius links, angulatie 12 graden; bij deze leeftijd corrigeert dat goed door remodellering tijdens de groei.

        Conclusie:
        Greenstick-fractuur distale radius links, conservatief te behandelen.

        Beleid:
        Spalk omgezet in circulair onderarmgips voor in totaal vier weken. Geen contactsport en niet keepen zolang het gips zit; hardlopen mag. Gymles alleen onderdelen zonder de linkerarm. Gips niet nat maken. Controle met röntgenfoto zonder gips over vier weken.
      `,
    },
    {
      date: '2023-06-13 11:30', author: 'prac-bos', contact: 'AMB', title: 'Fractuurpoli: gips verwijderd',
      text: `
        Anamnese:
        Vier weken gips, geen klachten meer. Wil graag weer keepen voor het eind van het seizoen.

        Lichamelijk onderzoek:
        Na verwijderen van het gips: geen drukpijn meer ter plaatse van de fractuur. Pols licht stijf, dorsaalflexie 60 graden en palmairflexie 55 graden, goede knijpkracht. Huid intact.

        Aanvullend onderzoek:
        Röntgenfoto pols links: consolidatie van de fractuur met callusvorming, stand ongewijzigd.

        Conclusie:
        Geconsolideerde greenstick-fractuur distale radius links.

        Beleid:
        Oefeningen voor de beweeglijkheid en kracht van de pols volgens de folder; fysiotherapie is meestal niet nodig. Over twee weken weer trainen, over vier weken weer keepen, eventueel met polsbrace. Geen controle meer nodig. Bij blijvende stijfheid na zes weken kan de huisarts verwijzen naar de fysiotherapeut.
      `,
    },
    {
      date: '2024-01-16 15:20', author: 'prac-vanleeuwen', contact: 'AMB', title: 'Sportmedisch consult knieklachten',
      text: `
        Anamnese:
        Dertienjarige jongen, traint vier keer per week voetbal en zit in een selectieteam. Sinds drie maanden pijn onder beide knieschijven, rechts meer dan links, vooral na sprinten, springen en bij knielen. Flink gegroeid het afgelopen jaar (8 cm). Geen trauma, geen zwelling, geen slotklachten.

        Lichamelijk onderzoek:
        Lengte 168 cm. Prominente, drukpijnlijke tuberositas tibiae beiderzijds. Pijn bij extensie tegen weerstand. Geen hydrops, stabiele knieën, menisci zonder afwijkingen. Verkorte hamstrings en quadriceps.

        Conclusie:
        Ziekte van Osgood-Schlatter beiderzijds (apofysitis van de tuberositas tibiae) tijdens de groeispurt.

        Beleid:
        Uitleg over het goedaardige beloop. Belasting aanpassen op geleide van de pijn (pijnscore maximaal 3 tijdens en na sport), minder sprint- en sprongtraining, niet knielen. Rekoefeningen voor quadriceps en hamstrings, koelen na de training. Ibuprofen alleen kortdurend. Controle over drie maanden.
      `,
    },
    {
      date: '2024-04-09 16:00', author: 'prac-vanleeuwen', contact: 'AMB', title: 'Controle Osgood-Schlatter',
      text: `
        Anamnese:
        Doet de rekoefeningen trouw en heeft de training in overleg met de trainer aangepast. Pijnscore na de training nu 2 van 10. Wel sneller moe de laatste weken; slaapt goed, geen koorts, eet goed.

        Lichamelijk onderzoek:
        Tuberositas tibiae beiderzijds nog licht drukpijnlijk, geen pijn meer bij extensie tegen weerstand. Lenigheid van de hamstrings verbeterd.

        Aanvullend onderzoek:
        Hb, ferritine en CRP normaal. Vitamine D 42 nmol/L (laag). CK licht verhoogd na een zware training.

        Conclusie:
        Ziekte van Osgood-Schlatter, verbeterend. Vitamine D-tekort; vermoeidheid passend bij de trainingsbelasting en de groeispurt.

        Beleid:
        Trainingsopbouw hervatten met het schema van de fysiotherapeut. Colecalciferol 800 IE per dag in de wintermaanden. Rustdag na elke wedstrijd. Geen vervolgafspraak, terugkomen bij toename van de klachten.
      `,
    },
    {
      date: '2025-09-20 16:25', author: 'prac-yilmaz', contact: 'EMER', title: 'SEH-verslag: val op rechterpols',
      text: `
        Anamnese:
        Lucas, veertien jaar, keeper, viel tijdens een wedstrijd op de uitgestrekte rechterhand bij een duikende redding. Pijn aan de duimzijde van de pols. Rechtshandig. Eerder een greenstick-fractuur van de linker pols.

        Lichamelijk onderzoek:
        Lichte zwelling radiaal aan de pols. Drukpijn in de tabatière anatomique en op het tuberculum van het os scaphoideum; pijn bij axiale compressie van de duim. Sensibiliteit en doorbloeding intact.

        Aanvullend onderzoek:
        Röntgenfoto's pols rechts (scafoïdserie): geen fractuur zichtbaar.

        Conclusie:
        Klinische verdenking scafoïdfractuur rechts, radiologisch occult.

        Beleid:
        Onderarmgips met duimspica ter immobilisatie, omdat een gemiste scafoïdfractuur tot een pseudartrose kan leiden. Pijnstilling: paracetamol 500 mg viermaal daags, zo nodig ibuprofen 400 mg. CT van de pols en controle op de fractuurpoli Orthopedie binnen tien dagen.
      `,
    },
    {
      date: '2025-09-30 10:40', author: 'prac-bos', contact: 'AMB', title: 'Fractuurpoli: scafoïdfractuur rechts',
      text: `
        Anamnese:
        Sinds het gips weinig pijn. De ibuprofen gaf maagklachten en is gestopt; paracetamol volstaat. Lucas en zijn moeder willen weten hoe lang hij niet kan keepen.

        Aanvullend onderzoek:
        CT pols rechts: niet-verplaatste fractuur van de middenpool (taille) van het os scaphoideum, zonder comminutie; overige carpalia intact.

        Conclusie:
        Niet-gedisloceerde scafoïdfractuur rechts (middenpool).

        Beleid:
        Conservatieve behandeling: onderarmgips met duim gedurende in totaal zes weken. Een operatie met een schroef is besproken als alternatief voor een snellere terugkeer naar sport, maar bij deze stabiele fractuur niet nodig. Niet keepen en geen contactsport tot consolidatie. Pijndagboek bijhouden in het portaal. Na zes weken CT om de consolidatie te beoordelen.
      `,
    },
    {
      date: '2025-11-11 11:15', author: 'prac-bos', contact: 'AMB', title: 'Fractuurpoli: consolidatie scafoïd',
      text: `
        Anamnese:
        Zes weken gips, pijnscore in het pijndagboek gedaald van 4 naar 1. Wil zo snel mogelijk weer keepen.

        Lichamelijk onderzoek:
        Na verwijderen van het gips: geen drukpijn in de tabatière. Pols stijf: dorsaalflexie 45 graden, palmairflexie 40 graden. Knijpkracht verminderd ten opzichte van links.

        Aanvullend onderzoek:
        CT pols rechts: doorbouw over meer dan de helft van de fractuurspleet, geen tekenen van avasculaire necrose.

        Conclusie:
        Consoliderende scafoïdfractuur rechts; bewegingsbeperking na immobilisatie.

        Beleid:
        Verwijzing naar de fysiotherapeut voor het herstel van beweeglijkheid en kracht. Opbouw volgens schema: na vier weken fysiotherapie balvaardigheid en veldtraining, keepen pas na acht weken met een polsbrace. Bij blijvende pijn opnieuw contact. Controle over drie maanden via de sportarts.
      `,
    },
    {
      date: '2026-02-03 15:50', author: 'prac-vanleeuwen', contact: 'AMB', title: 'Terugkeer naar sport na scafoïdfractuur',
      text: `
        Anamnese:
        Tien weken fysiotherapie. Lucas traint weer volledig mee en keept sinds twee weken met een polsbrace, zonder pijn. Vraagt of hij extra kan doen aan krachttraining. Eet gevarieerd, drinkt weinig zuivel, veel binnen in de winter.

        Lichamelijk onderzoek:
        Pols rechts: volledige, pijnvrije beweeglijkheid; knijpkracht 90% van links. Knieën zonder klachten; Osgood-Schlatter in rust.

        Aanvullend onderzoek:
        Vitamine D 34 nmol/L (laag), calcium en fosfaat normaal, alkalische fosfatase passend bij de groei.

        Conclusie:
        Geslaagde terugkeer naar sport na een scafoïdfractuur. Vitamine D-tekort bij een jonge sporter in de groei.

        Beleid:
        Colecalciferol 800 IE dagelijks, ook in de zomer; voedingsadvies met voldoende calcium (zuivel). Krachttraining onder begeleiding mag, met lichte gewichten. Polsbrace het komende seizoen blijven dragen. Sportmedisch onderzoek met inspanningstest in de zomer.
      `,
    },
    {
      date: '2026-06-23 09:30', author: 'prac-vanleeuwen', contact: 'AMB', title: 'Sportmedisch onderzoek met inspanningstest',
      text: `
        Anamnese:
        Vijftienjarige keeper, gaat naar de talentenopleiding van de club; sportmedisch onderzoek op verzoek van de club. Geen klachten bij inspanning, geen pijn op de borst, geen hartkloppingen, nooit flauwgevallen. Geen plotse hartdood in de familie.

        Lichamelijk onderzoek:
        Lengte 186 cm, gewicht 67 kg. Bloeddruk 118/70 mmHg, pols 56/min. Cor: geen souffle. Pulmones: vesiculair ademgeruis. Pols rechts pijnvrij, knieën rustig.

        Aanvullend onderzoek:
        Rust-ECG: sinusbradycardie van 54/min en een incompleet rechterbundeltakblok, passend bij een sporthart. Inspanningstest: maximale hartfrequentie 201/min, geen ritmestoornissen of ST-afwijkingen. Vitamine D 68 nmol/L.

        Conclusie:
        Geen medische bezwaren tegen topsport. Sporthart zonder afwijkingen.

        Beleid:
        Sportverklaring afgegeven. Colecalciferol in de wintermaanden. Over een jaar opnieuw sportmedisch onderzoek.
      `,
    },
    {
      date: '2026-10-27 11:40', author: 'prac-bos', contact: 'VR', type: 'note', title: 'Telefonisch consult polsklachten',
      text: `
        Telefonisch consult met Lucas (16 jaar) zelf.

        Anamnese:
        Sinds drie weken weer pijn aan de duimzijde van de rechterpols na het keepen, vooral bij het tegenhouden van harde schoten. In rust geen pijn, geen zwelling. Draagt de polsbrace tijdens wedstrijden, niet op de training. Gebruikt geen pijnstillers.

        Conclusie:
        Belastingsgebonden polsklachten rechts na een geconsolideerde scafoïdfractuur; dd overbelasting, beginnende pseudartrose (onwaarschijnlijk na de eerdere CT), letsel van het TFCC.

        Beleid:
        Polsbrace ook tijdens de training dragen; sneltape bij wedstrijden. Het pijndagboek opnieuw bijhouden. Röntgenfoto's van de pols en een polikliniekbezoek over twee weken. Lucas is geïnformeerd dat hij sinds zijn zestiende verjaardag zelf beslist wie meekijkt in zijn dossier; zijn moeder heeft geen toegang meer tenzij hij haar machtigt.
      `,
    },
  ],

  letters: [
    {
      date: '2023-05-17 08:30', author: 'prac-bos', title: 'Brief aan huisarts: greenstick-fractuur pols links',
      text: `
        Uw patiënt Lucas (12 jaar) werd na een val tijdens het voetballen gezien op de Spoedeisende Hulp en daarna op onze fractuurpoli.

        Diagnose: greenstick-fractuur van de distale radius links met 12 graden dorsale angulatie, een stand die bij deze leeftijd goed remodelleert.

        Beleid: circulair onderarmgips voor in totaal vier weken, geen contactsport. Controle met röntgenfoto na verwijdering van het gips.
      `,
    },
    {
      date: '2024-01-18 09:10', author: 'prac-vanleeuwen', format: 'html', title: 'Brief aan huisarts: ziekte van Osgood-Schlatter',
      html: `
        <p>Uw patiënt Lucas bezocht de polikliniek Sportgeneeskunde met pijn onder beide knieschijven.</p>
        <p><strong>Conclusie:</strong> ziekte van Osgood-Schlatter beiderzijds tijdens de groeispurt.</p>
        <p><strong>Adviezen:</strong></p>
        <ul>
          <li>Belasting doseren op geleide van de pijn (maximaal 3 op een schaal van 10).</li>
          <li>Dagelijks rekoefeningen voor quadriceps en hamstrings, koelen na de training.</li>
          <li>Niet knielen; ibuprofen alleen kortdurend.</li>
        </ul>
        <p>Controle over drie maanden.</p>
      `,
    },
    {
      date: '2025-10-02 08:45', author: 'prac-bos', format: 'pdf', title: 'Brief aan huisarts: scafoïdfractuur rechts',
      text: `
        Uw patiënt Lucas werd gezien op de Spoedeisende Hulp en daarna op de fractuurpoli na een val op de rechterpols bij het keepen.

        De röntgenfoto's toonden geen fractuur, maar de CT toonde een niet-verplaatste fractuur van de middenpool van het os scaphoideum rechts.

        Beleid: onderarmgips met duim voor in totaal zes weken, daarna CT ter beoordeling van de consolidatie. Ibuprofen gaf maagklachten en is gestopt; paracetamol zo nodig. Niet keepen tot consolidatie.
      `,
    },
    {
      date: '2026-06-25 10:00', author: 'prac-vanleeuwen', title: 'Brief aan huisarts: sportmedisch onderzoek',
      text: `
        Lucas (15 jaar) onderging op verzoek van zijn club een sportmedisch onderzoek met inspanningstest.

        Het rust-ECG toonde een sinusbradycardie en een incompleet rechterbundeltakblok, passend bij een sporthart. De inspanningstest was normaal, zonder ritmestoornissen. De vitamine D-spiegel is hersteld (68 nmol/L) met colecalciferol.

        Er zijn geen medische bezwaren tegen topsport. Wij adviseren colecalciferol 800 IE in de wintermaanden en over een jaar een nieuw sportmedisch onderzoek.
      `,
    },
  ],

  referrals: [
    {
      date: '2017-02-28 13:15', gp: 'prac-hendriks', service: 'svc-kindergeneeskunde', title: 'Verwijzing Kindergeneeskunde: buikpijn',
      text: `
        Reden van verwijzing:
        Jongen van zes jaar met sinds vier maanden dagelijks buikpijn en harde ontlasting, onvoldoende reagerend op lactulose. Groeit goed.

        Vraagstelling:
        Graag uw analyse: functionele obstipatie? Coeliakie uitgesloten?

        Medicatie:
        Lactulosestroop 10 ml per dag.
      `,
    },
    {
      date: '2023-12-12 10:40', gp: 'prac-hendriks', service: 'svc-sportgeneeskunde', format: 'docx', title: 'Verwijzing Sportgeneeskunde: knieklachten',
      text: `
        Reden van verwijzing:
        Dertienjarige voetballer (keeper, selectieteam) met sinds drie maanden pijn onder beide knieschijven bij sprinten en springen. Snel gegroeid.

        Vraagstelling:
        Graag sportmedische beoordeling en een advies voor de trainingsbelasting. Osgood-Schlatter?

        Voorgeschiedenis:
        Greenstick-fractuur distale radius links, geconsolideerd.

        Medicatie:
        Geen.
      `,
    },
  ],

  goals: [
    { text: 'Pijnvrij keepen met polsbrace', status: 'active', achievement: 'not-achieved', start: '2026-02-03', due: '2027-02-03', by: 'prac-vanleeuwen', note: 'Sinds oktober weer pijn na het keepen; wordt opnieuw beoordeeld.' },
    { text: 'Volledige beweeglijkheid en kracht van de rechterpols', status: 'completed', achievement: 'achieved', start: '2025-11-11', due: '2026-03-01', by: 'prac-bos' },
    { text: 'Vitamine D boven 50 nmol/L', status: 'completed', achievement: 'achieved', start: '2026-02-03', due: '2026-08-01', by: 'prac-vanleeuwen' },
    { text: 'Pijnscore na training maximaal 3 (knieën)', status: 'completed', achievement: 'achieved', start: '2024-01-16', due: '2024-07-01', by: 'prac-vanleeuwen' },
    { text: 'Thuisoefenprogramma drie keer per week', status: 'on-hold', achievement: 'in-progress', start: '2026-06-23', due: '2026-12-31', by: 'prac-vanleeuwen' },
  ],

  medications: [
    {
      name: 'Colecalciferol capsule 800 IE', atc: 'A11CC05', atcName: 'colecalciferol', status: 'active', since: '2026-02-03', by: 'prac-vanleeuwen', reason: 'Vitamine D-tekort',
      dose: { text: '1x per dag 1 capsule', value: 1, unit: 'capsule', frequency: 1 }, repeats: 1,
    },
    {
      name: 'Cetirizine tablet 10 mg', atc: 'R06AE07', atcName: 'cetirizine', status: 'active', since: '2026-04-07', by: 'prac-hendriks', reason: 'Hooikoorts',
      dose: { text: '1x per dag 1 tablet, zo nodig in het pollenseizoen', value: 1, unit: 'tablet', frequency: 1, asNeeded: true }, repeats: 3,
    },
    {
      name: 'Ibuprofen tablet 400 mg', atc: 'M01AE01', atcName: 'ibuprofen', status: 'stopped', since: '2025-09-20', by: 'prac-yilmaz', reason: 'Pijn na polsletsel',
      dose: { text: 'Zo nodig 3x per dag 1 tablet, na het eten', value: 1, unit: 'tablet', frequency: 3, asNeeded: true },
      stopReason: 'Gestopt wegens bijwerkingen (maagklachten)',
    },
    {
      name: 'Paracetamol tablet 500 mg', atc: 'N02BE01', atcName: 'paracetamol', status: 'completed', since: '2025-09-20', until: '2025-11-11', by: 'prac-yilmaz', reason: 'Pijn na polsletsel',
      dose: { text: 'Zo nodig 4x per dag 1 tablet', value: 1, unit: 'tablet', frequency: 4, asNeeded: true },
    },
    {
      name: 'Macrogol/elektrolyten poeder voor drank (kinderen)', atc: 'A06AD65', atcName: 'macrogol, combinations', status: 'stopped', since: '2017-03-21', by: 'prac-visser',
      dose: { text: '1x per dag 2 sachets opgelost in water', value: 2, unit: 'sachet', frequency: 1 },
    },
  ],

  vitals: [
    { kind: 'weight', growth: { z: 0.4 }, dates: { from: '2017-03-21', to: '2026-06-23', count: 12 } },
    { kind: 'height', growth: { z: 0.65 }, dates: { from: '2017-03-21', to: '2026-06-23', count: 12 } },
    { kind: 'heartRate', dates: { from: '2023-05-13', to: '2026-06-23', count: 10 }, value: [82, 56], sd: 3, at: { '2026-06-23': 56 } },
    { kind: 'bloodPressure', dates: { from: '2023-05-13', to: '2026-06-23', count: 10 }, systolic: [108, 118], diastolic: [64, 70], noise: 3, at: { '2026-06-23': [118, 70] } },
  ],

  labs: {
    preliminaryFrom: '2026-10-20',
    panels: [
      {
        name: 'Bloedbeeld, ijzer en ontsteking',
        dates: ['2017-03-14', '2020-10-06', '2024-01-09', '2024-04-02', '2025-02-11', '2026-01-27', '2026-06-16', '2026-10-20'],
        tests: { hb: [7.5, 9.0], ferritine: { values: [34, 41, 38, 29, 45, 40, 52, 49] }, crp: 1 },
      },
      {
        name: 'Vitamine D en botstofwisseling',
        dates: ['2024-04-02', '2025-11-04', '2026-01-27', '2026-06-16', '2026-10-20'],
        tests: { vitd: { values: [42, 39, 34, 68, 61] }, calcium: 2.42, fosfaat: 1.45, alkfosfatase: [310, 240] },
      },
      { name: 'Spierenzymen', dates: ['2024-04-02', '2026-06-16'], tests: { ck: { values: [312, 185] } } },
      { name: 'Bezinking', dates: ['2017-03-14'], tests: { bse: 4 } },
    ],
    extra: [
      { date: '2017-03-14', panel: 'Coeliakiescreening', test: 'ttg', valueString: 'Negatief (< 7 U/mL)' },
    ],
  },

  questionnaires: [
    { questionnaire: 'q-pijndagboek', status: 'completed', authored: '2025-10-01 20:10', author: 'patient', answers: { datum: '2025-10-01', pijnscore: 4, plek: 'pols', pijnstiller: true, 'welke-pijnstiller': 'Paracetamol 500 mg, 2 tabletten', toelichting: 'Pijn na gym, hand hoog gelegd.' } },
    { questionnaire: 'q-pijndagboek', status: 'completed', authored: '2025-10-08 19:45', author: 'patient', answers: { datum: '2025-10-08', pijnscore: 3, plek: 'pols', pijnstiller: true, 'welke-pijnstiller': 'Paracetamol 500 mg, 1 tablet' } },
    { questionnaire: 'q-pijndagboek', status: 'completed', authored: '2025-10-15 21:30', author: 'patient', answers: { datum: '2025-10-15', pijnscore: 2, plek: 'pols', pijnstiller: false } },
    { questionnaire: 'q-pijndagboek', status: 'completed', authored: '2025-10-29 18:55', author: 'patient', answers: { datum: '2025-10-29', pijnscore: 1, plek: 'pols', pijnstiller: false, toelichting: 'Alleen pijn als ik op het gips leun.' } },
    { questionnaire: 'q-pijndagboek', status: 'completed', authored: '2026-10-25 20:40', author: 'patient', answers: { datum: '2026-10-25', pijnscore: 5, plek: 'pols', pijnstiller: false, toelichting: 'Na de wedstrijd, twee keer een harde bal op mijn hand.' } },
    { questionnaire: 'q-ervaring', status: 'completed', authored: '2026-06-24 16:30', author: 'patient', answers: { cijfer: 8, uitleg: 'ja', aanbevelen: true } },
    { questionnaire: 'q-kwaliteit-van-leven-kind', status: 'in-progress', authored: '2026-10-28 09:00' },
  ],

  appointments: [
    { status: 'fulfilled', start: '2026-02-03 15:50', minutes: 20, service: 'svc-sportgeneeskunde', with: 'prac-vanleeuwen', description: 'Controle polikliniek Sportgeneeskunde' },
    { status: 'fulfilled', start: '2026-06-23 09:30', minutes: 60, service: 'svc-sportgeneeskunde', with: 'prac-vanleeuwen', description: 'Sportmedisch onderzoek met inspanningstest' },
    { status: 'fulfilled', start: '2026-10-27 11:40', minutes: 10, service: 'svc-orthopedie', with: 'prac-bos', location: null, description: 'Telefonisch consult Orthopedie' },
    { status: 'cancelled', start: '2026-11-06 15:30', minutes: 20, service: 'svc-sportgeneeskunde', with: 'prac-vanleeuwen', description: 'Controle polikliniek Sportgeneeskunde', cancelReason: 'Afgezegd door patiënt (wedstrijd)' },
    { status: 'booked', start: '2026-11-13 10:15', minutes: 15, service: 'svc-radiologie', description: 'Röntgenfoto pols rechts' },
    { status: 'booked', start: '2026-11-13 10:45', minutes: 15, service: 'svc-orthopedie', with: 'prac-bos', description: 'Controle polikliniek Orthopedie (fractuurpoli)' },
    { status: 'pending', start: '2026-12-03 16:00', minutes: 20, service: 'svc-sportgeneeskunde', with: 'prac-vanleeuwen', description: 'Controle polikliniek Sportgeneeskunde (nieuwe datum)' },
    { status: 'proposed', start: '2027-01-21 09:00', minutes: 60, service: 'svc-sportgeneeskunde', with: 'prac-vanleeuwen', description: 'Inspanningstest' },
  ],

  threads: [
    {
      topic: 'Gymles en zwemmen met gips', service: 'svc-orthopedie',
      messages: [
        { sent: '2023-05-24 20:30', from: 'auth-sanne-lucas', text: 'Lucas heeft sinds vorige week gips om zijn linkerpols. Mag hij meedoen met de gymles, en kan hij met een gipshoes zwemmen? Groet, Sanne de Vries (moeder)' },
        { sent: '2023-05-25 12:15', from: 'prac-bos', text: 'Beste mevrouw De Vries, Lucas mag meedoen met onderdelen waarbij hij zijn linkerarm niet gebruikt; geen balspelen. Zwemmen raden we af, ook met een gipshoes: als er water in komt, kan de huid onder het gips kapotgaan. Met vriendelijke groet, T. Bos, orthopedisch chirurg' },
      ],
    },
    {
      topic: 'Vitamine D in de zomer', service: 'svc-sportgeneeskunde',
      messages: [
        { sent: '2026-07-02 14:12', from: 'patient', text: 'Moet ik de vitamine D ook in de zomer blijven nemen? Ik train nu bijna elke dag buiten.' },
        { sent: '2026-07-03 09:40', from: 'prac-vanleeuwen', text: 'Hoi Lucas, je waarde is nu goed (68). In de zomer mag je stoppen als je veel buiten bent; vanaf oktober weer elke dag een capsule. Sportieve groet, K. van Leeuwen, sportarts' },
      ],
    },
    {
      topic: 'Mag ik zaterdag keepen?', service: 'svc-orthopedie',
      messages: [
        { sent: '2026-10-29 17:05', from: 'patient', text: 'Ik heb zaterdag een belangrijke wedstrijd. Mag ik keepen met de brace en tape, of moet ik wachten tot de foto?' },
        { sent: '2026-10-30 10:20', from: 'prac-bos', text: 'Beste Lucas, je mag keepen met brace en tape als de pijn in rust weg is. Neem na de wedstrijd rust en schrijf de pijnscore op in het pijndagboek. Word je pols dik of blijft de pijn, dan graag eerder contact. Groet, T. Bos' },
        { sent: '2026-10-30 18:12', from: 'patient', text: 'Top, bedankt!' },
      ],
    },
  ],

  audit: [
    { date: '2025-10-06 08:50', who: 'prac-hendriks', what: 'lucas-letter-3', channel: 'Huisartsenportaal Ziekenhuis De Linde' },
    { date: '2025-11-11 11:02', who: 'prac-bos', what: 'lucas-report-9' },
    { date: '2026-02-03 15:41', who: 'prac-vanleeuwen', what: 'lucas-labreport-12' },
    { date: '2026-06-29 09:15', who: 'prac-hendriks', what: 'lucas-letter-4', channel: 'Huisartsenportaal Ziekenhuis De Linde' },
    { date: '2026-10-27 11:31', who: 'prac-bos', what: 'lucas-qr-5' },
  ],
};
