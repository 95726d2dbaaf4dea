// Sanne de Vries (41): hypertensie (interne geneeskunde), hartkloppingen
// (cardiologie), een moedervlek (dermatologie); oude notities uit 2012–2014
// (zwangerschapshypertensie bij Emma, ijzergebreksanemie).
//
// Dates are written as if today were 2026-11-01. A date with a time is
// "YYYY-MM-DD HH:MM" (Amsterdam time). Notes before 2015-02-24 appear under
// "Behandelafspraken" and are never shifted.

export default {
  conditions: [
    { text: 'Essentiële hypertensie', status: 'active', since: '2022-03-08', by: 'prac-mulder' },
    { text: 'Supraventriculaire extrasystolen', status: 'active', since: '2024-03-19', by: 'prac-kuipers', note: 'Onschuldig; metoprolol bij veel klachten.' },
    { text: 'Dysplastische naevus rug, verwijderd', status: 'resolved', since: '2025-04-15', until: '2025-05-20', by: 'prac-elamrani' },
    { text: 'IJzergebreksanemie', status: 'resolved', since: '2014-06-10', until: '2015-01-13', by: 'prac-dijkstra' },
    { text: 'Pre-eclampsie', status: 'resolved', since: '2012-01-27', until: '2012-04-10', by: 'prac-smeets' },
  ],
  allergies: [
    {
      substance: 'Penicilline', category: 'medication', criticality: 'high', since: '2003-07-10', by: 'prac-mulder',
      reactions: [{ what: ['Netelroos over het hele lichaam', 'Zwelling van lippen en oogleden'], severity: 'severe' }],
      note: 'Reactie op amoxicilline bij een keelontsteking in 2003. Geen penicillines voorschrijven; bij een infectie een ander antibioticum.',
    },
    {
      substance: 'Pleisters (colofonium)', category: 'environment', criticality: 'low', since: '2012-02-24', by: 'prac-smeets',
      reactions: [{ what: ['Jeukende rode huid onder de pleister'], severity: 'mild' }],
    },
  ],
  vaccinations: [
    { vaccine: 'DTP', date: '2019-08-17', by: 'Spoedeisende Hulp, Ziekenhuis De Linde' },
  ],
  // Behandelverslagen (consult reports). type: consult | discharge | note;
  // contact: AMB (polikliniek) | IMP (opname) | VR (telefonisch) | EMER (SEH).
  reports: [
    {
      date: '2012-01-27 11:20', author: 'prac-smeets', contact: 'AMB', title: 'Controle zwangerschap 33 weken',
      text: `
        Anamnese:
        G2P1, amenorroeduur 33+1 weken. Verwezen door de verloskundige wegens een bloeddruk van 150/95 mmHg bij twee metingen. Geen hoofdpijn, geen visusklachten, geen pijn in de bovenbuik. Sinds een week toenemend oedeem van de enkels. Kindsbewegingen goed gevoeld.

        Lichamelijk onderzoek:
        Bloeddruk 148/96 mmHg, pols 84/min. Pitting oedeem van beide onderbenen. Reflexen normaal. Fundushoogte passend bij de amenorroeduur.

        Aanvullend onderzoek:
        Eiwit in de urine negatief. Bloedbeeld, leverenzymen en trombocyten normaal. CTG: goede variabiliteit, geen deceleraties. Echo: groei op de P30, vruchtwater normaal.

        Conclusie:
        Zwangerschapshypertensie zonder aanwijzingen voor pre-eclampsie.

        Beleid:
        Start labetalol 100 mg tweemaal daags. Tweemaal per week controle van bloeddruk en urine op de polikliniek. Uitleg over alarmsymptomen (hoofdpijn, sterretjes zien, pijn onder de ribben): dan direct bellen.
      `,
    },
    {
      date: '2012-02-24 14:00', author: 'prac-smeets', contact: 'IMP', type: 'discharge', title: 'Ontslag na bevalling (pre-eclampsie)',
      text: `
        Opnamereden:
        Op 35+6 weken opgenomen wegens oplopende bloeddruk (165/105 mmHg) en proteïnurie: pre-eclampsie.

        Beloop:
        Behandeling met labetalol en magnesiumsulfaat intraveneus ter preventie van eclampsie. Na 36+2 weken ingeleid; vaginale bevalling van een gezonde dochter (Emma), geboortegewicht 2650 gram, Apgar 8/9. Postpartum bloeddruk tot 150/100 mmHg, daarna dalend. Geen HELLP-syndroom. Fluxus postpartum van 1800 ml door uterusatonie; hemoglobine 4,4 mmol/L, waarvoor een bloedtransfusie van twee eenheden erytrocyten. Daarna ijzersuppletie.

        Conclusie:
        Status na pre-eclampsie bij 36 weken. Postpartum anemie na fluxus.

        Beleid:
        Labetalol afbouwen op geleide van de bloeddruk via de huisarts. Na zes weken nacontrole op de polikliniek. Vanwege het verhoogde risico op hart- en vaatziekten na pre-eclampsie adviseren wij jaarlijks de bloeddruk te laten controleren bij de huisarts.
      `,
    },
    {
      date: '2014-06-10 09:40', author: 'prac-dijkstra', service: 'svc-interne-geneeskunde', contact: 'AMB', title: 'Analyse anemie',
      text: `
        Anamnese:
        29-jarige vrouw, verwezen wegens moeheid en een Hb van 6,6 mmol/L. Sinds de bevalling hevig menstrueel bloedverlies (menorragie), geen melaena, geen gewichtsverlies. Vegetarisch dieet. Geen bekende coeliakie in de familie.

        Lichamelijk onderzoek:
        Bleke conjunctivae. Cor: geen souffle. Abdomen: geen hepatosplenomegalie.

        Aanvullend onderzoek:
        Hb 6,6 mmol/L, MCV 74 fl, ferritine 4 µg/L. Anti-tTG negatief. Nierfunctie normaal.

        Conclusie:
        Microcytaire anemie door ijzergebrek, waarschijnlijk door menorragie en een ijzerarm dieet. Geen aanwijzingen voor malabsorptie.

        Beleid:
        Ferrofumaraat 200 mg driemaal daags gedurende drie maanden, in te nemen met sinaasappelsap. Dieetadvies. Verwijzing naar de gynaecoloog voor de menorragie via de huisarts. Controle Hb en ferritine over drie maanden bij de huisarts; geen vervolgafspraak op de polikliniek.
      `,
    },
    {
      date: '2022-03-08 10:15', author: 'prac-mulder', contact: 'AMB', title: 'Eerste consult hypertensie',
      text: `
        Anamnese:
        37-jarige vrouw, verwezen door de huisarts wegens hypertensie: thuis gemiddeld 158/98 mmHg. Soms hoofdpijn in de ochtend. Geen dyspneu, geen pijn op de borst. Voorgeschiedenis: pre-eclampsie, ijzergebreksanemie. Familie: vader hartinfarct op 58-jarige leeftijd. Rookt niet, twee glazen alcohol per week.

        Lichamelijk onderzoek:
        Bloeddruk 162/100 mmHg links en 160/98 mmHg rechts, pols 82/min regulair. BMI 29,6. Auscultatie van hart en longen zonder afwijkingen, geen souffle over de nierarteriën. Perifere pulsaties goed.

        Conclusie:
        Hypertensie graad 2, waarschijnlijk essentieel; dd secundaire hypertensie (nierarteriestenose, hyperaldosteronisme, schildklierlijden).

        Beleid:
        24-uurs bloeddrukmeting, laboratoriumonderzoek (nierfunctie, elektrolyten, glucose, lipiden, TSH, renine en aldosteron) en echografie van de nieren. Start amlodipine 5 mg eenmaal daags. Leefstijladvies: zoutbeperking, bewegen, afvallen. Terugkomen over acht weken.
      `,
    },
    {
      date: '2022-05-17 11:00', author: 'prac-mulder', contact: 'AMB', title: 'Uitslagen aanvullend onderzoek hypertensie',
      text: `
        Anamnese:
        Sinds amlodipine dikke enkels aan het eind van de dag, hinderlijk in schoenen. Hoofdpijn minder.

        Lichamelijk onderzoek:
        Bloeddruk 146/92 mmHg. Enkeloedeem beiderzijds.

        Aanvullend onderzoek:
        24-uurs bloeddrukmeting: gemiddeld 148/94 mmHg overdag, onvoldoende nachtelijke dip. Kreatinine 68 µmol/L, eGFR > 90, kalium 4,0 mmol/L. Aldosteron-renineratio normaal. TSH normaal. Echo nieren: beide nieren normaal van grootte, geen aanwijzingen voor nierarteriestenose.

        Conclusie:
        Essentiële hypertensie, onvoldoende behandeld. Enkeloedeem als bijwerking van amlodipine.

        Beleid:
        Amlodipine gestopt wegens enkeloedeem. Start losartan 50 mg eenmaal daags. Over twee weken kalium en kreatinine controleren. Thuis de bloeddruk meten volgens het bloeddrukdagboek in het portaal.
      `,
    },
    {
      date: '2022-11-22 14:30', author: 'prac-mulder', contact: 'VR', type: 'note', title: 'Telefonisch consult bloeddruk',
      text: `
        Telefonisch consult.

        Anamnese:
        Mevrouw verdraagt losartan goed. Geen duizeligheid, geen prikkelhoest. De enkels zijn niet meer dik. Thuismetingen in het bloeddrukdagboek: gemiddeld 136/88 mmHg. Zij is drie kilo afgevallen en fietst dagelijks naar haar werk.

        Aanvullend onderzoek:
        Kalium 4,3 mmol/L, kreatinine 71 µmol/L: geen relevante stijging na de start van de angiotensine-II-antagonist.

        Conclusie:
        Hypertensie, verbeterd maar nog niet op streefwaarde (< 135/85 mmHg thuis).

        Beleid:
        Losartan 50 mg continueren, leefstijlmaatregelen voortzetten. Over zes maanden poliklinische controle met laboratoriumonderzoek. Bij thuiswaarden boven 140/90 mmHg eerder contact via een e-consult.
      `,
    },
    {
      date: '2023-06-13 10:45', author: 'prac-mulder', contact: 'AMB', title: 'Controle hypertensie',
      text: `
        Anamnese:
        Drukke periode op het werk, minder tijd om te bewegen. Thuisbloeddruk gemiddeld 142/90 mmHg. Geen hoofdpijn, geen klachten van hart of longen.

        Lichamelijk onderzoek:
        Bloeddruk 144/92 mmHg, pols 78/min. Gewicht 82 kg. Geen oedeem.

        Aanvullend onderzoek:
        Nierfunctie en elektrolyten normaal. Totaal cholesterol 5,4 mmol/L, LDL 3,3 mmol/L. Nuchter glucose 5,6 mmol/L. Albumine/kreatinine-ratio in de urine normaal.

        Conclusie:
        Essentiële hypertensie, onvoldoende gereguleerd met monotherapie.

        Beleid:
        Toevoegen van hydrochloorthiazide 12,5 mg eenmaal daags. Natrium en kalium over vier weken bij de huisarts. Het cardiovasculaire risico is beperkt; geen indicatie voor een statine, wel opnieuw leefstijladvies (dieet, beweging). Controle over een jaar.
      `,
    },
    {
      date: '2024-02-06 09:15', author: 'prac-kuipers', contact: 'AMB', title: 'Eerste consult hartkloppingen',
      text: `
        Anamnese:
        Verwezen door de huisarts wegens aanvallen van hartkloppingen sinds een half jaar. Plotseling begin en einde, duur 5 tot 20 minuten, soms met lichte dyspneu en duizeligheid, nooit syncope. Vaker na koffie en bij slaaptekort. Geen pijn op de borst.

        Lichamelijk onderzoek:
        Bloeddruk 138/86 mmHg, pols 76/min regulair. Auscultatie: normale harttonen, geen souffle. Geen tekenen van decompensatio cordis.

        Aanvullend onderzoek:
        ECG: sinusritme 74/min, normale geleidingstijden, geen pre-excitatie, geen tekenen van linkerventrikelhypertrofie. NT-proBNP normaal.

        Conclusie:
        Paroxismale hartkloppingen. Differentiaaldiagnose: supraventriculaire tachycardie (AVNRT), boezemfibrilleren, extrasystolie.

        Beleid:
        Holteronderzoek gedurende 48 uur en echocardiografie. Advies om cafeïne te beperken. Bij een aanval met pijn op de borst of flauwvallen 112 bellen. Terug na het aanvullend onderzoek.
      `,
    },
    {
      date: '2024-03-19 10:30', author: 'prac-kuipers', contact: 'AMB', title: 'Uitslag holter en echocardiografie',
      text: `
        Anamnese:
        Twee aanvallen in de afgelopen maand, één tijdens het holteronderzoek.

        Aanvullend onderzoek:
        Holter: sinusritme, frequente supraventriculaire extrasystolen en één run van een regelmatige smalcomplex-tachycardie van 168/min gedurende 9 minuten, passend bij AVNRT. Geen boezemfibrilleren. Echocardiografie: normale dimensies, goede linkerventrikelfunctie (LVEF 60%), geen linkerventrikelhypertrofie, geen klepafwijkingen.

        Conclusie:
        Paroxismale supraventriculaire tachycardie, waarschijnlijk AVNRT, bij een structureel normaal hart. Goed gereguleerde hypertensie.

        Beleid:
        Uitleg over vagale manoeuvres (persen, koud water). Start metoprolol retard 47,5 mg eenmaal daags, dat ook de bloeddruk verlaagt. Bespreking van ablatie als de klachten aanhouden. Controle over een half jaar, eerder bij toename.
      `,
    },
    {
      date: '2024-09-24 15:10', author: 'prac-kuipers', contact: 'VR', type: 'note', title: 'Telefonisch consult metoprolol',
      text: `
        Telefonisch consult.

        Anamnese:
        Sinds metoprolol geen aanvallen van tachycardie meer gehad, wel minder energie in de eerste weken. Dat is inmiddels verbeterd. Sport weer twee keer per week. Geen duizeligheid, geen koude handen of voeten, slaapt goed. Thuisbloeddruk rond 128/82 mmHg, pols 62 tot 68/min.

        Conclusie:
        Paroxismale supraventriculaire tachycardie, klachtenvrij onder bètablokker. Vermoeidheid als bijwerking, afnemend.

        Beleid:
        Metoprolol continueren in dezelfde dosering. Ablatie is op dit moment niet nodig; mevrouw kan zich melden als de aanvallen terugkomen. Over anderhalf jaar een inspanningstest om de belastbaarheid te beoordelen.
      `,
    },
    {
      date: '2025-04-15 13:45', author: 'prac-elamrani', contact: 'AMB', title: 'Beoordeling moedervlek rug',
      text: `
        Anamnese:
        Verwezen wegens een moedervlek op de rug die volgens de partner groter en donkerder is geworden. Geen jeuk, geen bloeding. Veel zonverbranding in de jeugd. Geen melanoom in de familie.

        Lichamelijk onderzoek:
        Huidtype II. Ongeveer veertig naevi op romp en armen. Paravertebraal links een asymmetrische, gepigmenteerde laesie van 7 mm met onregelmatige rand en twee kleurtinten. Dermatoscopie: atypisch pigmentnetwerk, geen regressiestructuren.

        Conclusie:
        Atypische naevus; dd dysplastische naevus, melanoom in situ.

        Beleid:
        Diagnostische excisie met 2 mm marge onder lokale anesthesie, vandaag verricht. Wond gehecht, hechtingen na twaalf dagen verwijderen bij de huisarts. Uitslag van het pathologisch onderzoek (PA) volgt telefonisch. Advies over zonbescherming en zelfonderzoek van de huid.
      `,
    },
    {
      date: '2025-05-20 16:00', author: 'prac-elamrani', contact: 'VR', type: 'note', title: 'Uitslag PA naevus',
      text: `
        Telefonisch consult.

        Uitslag:
        Het pathologisch onderzoek toont een dysplastische naevus met lichte atypie, radicaal verwijderd. Geen aanwijzingen voor melanoom.

        Anamnese:
        De wond is goed genezen. De hechtingen zijn verwijderd bij de huisarts; geen tekenen van infectie. Mevrouw heeft nog een kleine, rode verhevenheid in het litteken.

        Conclusie:
        Status na excisie van een dysplastische naevus, radicaal. Hypertrofisch litteken in ontwikkeling.

        Beleid:
        Geen re-excisie nodig. Vanwege het aantal naevi en de atypische naevus eenmalig over een jaar een huidcontrole op de polikliniek Dermatologie met dermatoscopie. Siliconengel voor het litteken kan via de drogist. Bij een veranderende moedervlek eerder contact opnemen.
      `,
    },
    {
      date: '2025-10-07 09:30', author: 'prac-mulder', contact: 'AMB', title: 'Jaarcontrole hypertensie',
      text: `
        Anamnese:
        Goed gegaan het afgelopen jaar. Thuisbloeddruk 126/80 mmHg. Sinds enkele maanden weer moeheid en hevig menstrueel bloedverlies. Geen hartkloppingen.

        Lichamelijk onderzoek:
        Bloeddruk 128/82 mmHg, pols 64/min. Gewicht 79 kg. Geen oedeem.

        Aanvullend onderzoek:
        Hb 7,2 mmol/L (laag), ferritine 11 µg/L. Kreatinine 72 µmol/L, eGFR 92, kalium 4,4 mmol/L, natrium 139 mmol/L.

        Conclusie:
        Essentiële hypertensie, goed gereguleerd met losartan, hydrochloorthiazide en metoprolol. Recidief ijzergebreksanemie bij menorragie.

        Beleid:
        Medicatie ongewijzigd. Ferrofumaraat 200 mg eenmaal daags gedurende drie maanden. De huisarts wordt gevraagd de menorragie opnieuw te beoordelen, zo nodig verwijzing naar de gynaecoloog. Over een jaar controle, laboratorium vooraf.
      `,
    },
    {
      date: '2026-04-21 11:15', author: 'prac-kuipers', contact: 'AMB', title: 'Controle na inspanningstest',
      text: `
        Anamnese:
        Sinds anderhalf jaar geen aanvallen van tachycardie meer. Sport drie keer per week (hardlopen) zonder klachten. Geen pijn op de borst, geen dyspneu bij inspanning.

        Lichamelijk onderzoek:
        Bloeddruk 126/80 mmHg, pols 60/min. Normale harttonen, geen souffle.

        Aanvullend onderzoek:
        Fietsergometrie: 165 W (98% van de voorspelde waarde), maximale hartfrequentie 158/min onder metoprolol, adequate bloeddrukrespons, geen ST-segmentafwijkingen, geen ritmestoornissen.

        Conclusie:
        Paroxismale supraventriculaire tachycardie, klachtenvrij onder metoprolol. Goede inspanningstolerantie zonder aanwijzingen voor ischemie.

        Beleid:
        Metoprolol continueren. Jaarlijkse controle van de bloeddruk blijft bij de internist. Vervolgafspraak cardiologie over een jaar voor een echocardiografie; eerder bij klachten.
      `,
    },
    {
      date: '2026-10-13 10:00', author: 'prac-mulder', contact: 'AMB', title: 'Jaarcontrole hypertensie en anemie',
      text: `
        Anamnese:
        Ferrofumaraat drie maanden gebruikt, minder moe. De gynaecoloog heeft een hormoonspiraal geplaatst; sindsdien veel minder bloedverlies. Thuisbloeddruk 124/78 mmHg. Mevrouw merkt sinds enkele weken een zwelling rechts in de hals, niet pijnlijk, geen slikklachten.

        Lichamelijk onderzoek:
        Bloeddruk 126/78 mmHg, pols 62/min. Palpatie hals: soepele nodus van ongeveer 1,5 cm in de rechter schildklierkwab, beweegt mee met slikken. Geen vergrote lymfeklieren.

        Conclusie:
        Essentiële hypertensie, goed gereguleerd. Ijzergebreksanemie hersteld, de definitieve labuitslagen volgen. Schildkliernodus rechts, waarschijnlijk benigne.

        Beleid:
        Echografie van de schildklier en TSH aangevraagd; de uitslag volgt via het portaal en wordt telefonisch besproken. Antihypertensiva ongewijzigd. Controle over een jaar.
      `,
    },
  ],

  // Brieven. format: text (default) | html | pdf.
  letters: [
    {
      date: '2022-03-10 09:00', author: 'prac-mulder', title: 'Brief aan huisarts na eerste polikliniekbezoek',
      text: `
        Uw patiënte bezocht op uw verwijzing onze polikliniek Interne geneeskunde wegens hypertensie. Zij heeft een voorgeschiedenis van pre-eclampsie en een vader met een hartinfarct op jonge leeftijd.

        Bij onderzoek vonden wij een bloeddruk van 162/100 mmHg zonder tekenen van orgaanschade. Wij verrichten nog een 24-uurs bloeddrukmeting, laboratoriumonderzoek en echografie van de nieren om een secundaire oorzaak uit te sluiten.

        Wij zijn gestart met amlodipine 5 mg eenmaal daags en hebben leefstijladviezen gegeven. U ontvangt bericht na het vervolgbezoek over acht weken.
      `,
    },
    {
      date: '2024-03-21 08:30', author: 'prac-kuipers', format: 'html', title: 'Brief aan huisarts: uitslag holter en echocardiografie',
      html: `
        <p>Uw patiënte bezocht de polikliniek Cardiologie wegens paroxismale hartkloppingen.</p>
        <p><strong>Conclusie:</strong> paroxismale supraventriculaire tachycardie (waarschijnlijk AVNRT) bij een structureel normaal hart.</p>
        <ul>
          <li>Holter: één run smalcomplex-tachycardie van 168/min, frequente supraventriculaire extrasystolen.</li>
          <li>Echocardiografie: goede linkerventrikelfunctie (LVEF 60%), geen linkerventrikelhypertrofie.</li>
        </ul>
        <p><strong>Beleid:</strong> start metoprolol retard 47,5 mg eenmaal daags; uitleg over vagale manoeuvres. Bij aanhoudende klachten bespreken wij een ablatie.</p>
      `,
    },
    {
      date: '2025-05-22 10:00', author: 'prac-elamrani', format: 'pdf', title: 'Brief aan huisarts: uitslag excisie naevus',
      text: `
        Op de polikliniek Dermatologie hebben wij bij uw patiënte een atypische naevus paravertebraal links geëxcideerd.

        Het pathologisch onderzoek toont een dysplastische naevus met lichte atypie, radicaal verwijderd. Er zijn geen aanwijzingen voor een melanoom; een re-excisie is niet nodig.

        Wij zien mevrouw over een jaar eenmalig terug voor een huidcontrole met dermatoscopie, gezien het aantal naevi. Wilt u de hechtingen (verwijderd op dag twaalf) en de wondgenezing in de gaten houden? Bij een hypertrofisch litteken kan siliconengel worden gebruikt.
      `,
    },
    {
      date: '2026-10-15 09:15', author: 'prac-mulder', title: 'Brief aan huisarts na jaarcontrole',
      text: `
        Uw patiënte was op de polikliniek voor de jaarlijkse controle van haar hypertensie. De bloeddruk is goed gereguleerd (126/78 mmHg) met losartan 50 mg, hydrochloorthiazide 12,5 mg en metoprolol retard 47,5 mg.

        De ijzergebreksanemie is na drie maanden ferrofumaraat en plaatsing van een hormoonspiraal hersteld; de definitieve uitslagen volgen.

        Bij palpatie vonden wij een nodus van 1,5 cm in de rechter schildklierkwab. Wij hebben echografie en TSH aangevraagd en berichten u over de uitslag. Verder geen wijzigingen in het beleid; controle over een jaar.
      `,
    },
  ],

  // Verwijzingen van de huisarts. format: text (default) | docx.
  referrals: [
    {
      date: '2022-02-14 16:40', gp: 'prac-hendriks', service: 'svc-interne-geneeskunde', format: 'docx', title: 'Verwijzing Interne geneeskunde: hypertensie',
      text: `
        Reden van verwijzing:
        Graag uw beoordeling van deze 36-jarige vrouw met hypertensie op jonge leeftijd.

        Anamnese:
        Thuismetingen gedurende een week gemiddeld 158/98 mmHg. Ochtendhoofdpijn. Voorgeschiedenis: pre-eclampsie, ijzergebreksanemie. Vader hartinfarct op 58-jarige leeftijd.

        Vraagstelling:
        Secundaire oorzaak? Graag instellen op medicatie.

        Medicatie:
        Geen.
      `,
    },
    {
      date: '2025-03-28 11:05', gp: 'prac-hendriks', service: 'svc-dermatologie', title: 'Verwijzing Dermatologie: veranderende moedervlek',
      text: `
        Reden van verwijzing:
        Moedervlek op de rug, links paravertebraal, volgens partner in een half jaar groter en donkerder geworden. Doorsnede ongeveer 7 mm, asymmetrisch, twee kleuren. Veel naevi, huidtype II.

        Vraagstelling:
        Graag dermatoscopie en zo nodig excisie. Verdenking dysplastische naevus, melanoom niet uitgesloten.

        Medicatie:
        Losartan 50 mg, hydrochloorthiazide 12,5 mg, metoprolol retard 47,5 mg.
      `,
    },
  ],

  // Behandeldoelen. status: active | completed | on-hold | cancelled;
  // achievement: in-progress | improving | achieved | not-achieved | sustaining.
  goals: [
    { text: 'Bloeddruk thuis gemiddeld lager dan 135/85 mmHg', status: 'active', achievement: 'achieved', start: '2022-03-08', due: '2027-03-01', by: 'prac-mulder', note: 'Meet twee keer per week thuis en vul het bloeddrukdagboek in.' },
    { text: 'Minstens 150 minuten per week matig intensief bewegen', status: 'active', achievement: 'improving', start: '2022-03-08', due: '2026-12-31', by: 'prac-mulder' },
    { text: 'Gewicht naar 75 kg', status: 'active', achievement: 'in-progress', start: '2023-06-13', due: '2027-06-01', by: 'prac-mulder', aim: { measure: 'Lichaamsgewicht', value: 75, unit: 'kg' }, note: 'Van 84 kg naar 79 kg; doel nog niet bereikt.' },
    { text: 'Hemoglobine en ferritine weer normaal', status: 'completed', achievement: 'achieved', start: '2025-10-07', due: '2026-04-01', by: 'prac-mulder' },
    { text: 'Geen aanvallen van hartkloppingen meer', status: 'completed', achievement: 'achieved', start: '2024-03-19', due: '2025-03-19', by: 'prac-kuipers' },
  ],

  // Medicijnen. status: active | stopped | completed. repeats = herhaalrecepten.
  medications: [
    {
      name: 'Amlodipine tablet 5 mg', atc: 'C08CA01', atcName: 'amlodipine', status: 'stopped', since: '2022-03-08', by: 'prac-mulder', reason: 'Hypertensie',
      dose: { text: '1x per dag 1 tablet', value: 1, unit: 'tablet', frequency: 1 },
      stopReason: 'Gestopt wegens bijwerkingen (enkeloedeem)',
    },
    {
      name: 'Losartan tablet 50 mg', atc: 'C09CA01', atcName: 'losartan', status: 'active', since: '2022-05-17', by: 'prac-mulder', reason: 'Hypertensie',
      dose: { text: '1x per dag 1 tablet', value: 1, unit: 'tablet', frequency: 1 }, repeats: 3,
    },
    {
      name: 'Hydrochloorthiazide tablet 12,5 mg', atc: 'C03AA03', atcName: 'hydrochlorothiazide', status: 'active', since: '2023-06-13', by: 'prac-mulder', reason: 'Hypertensie',
      dose: { text: "1x per dag 1 tablet, 's ochtends", value: 1, unit: 'tablet', frequency: 1 }, repeats: 3,
    },
    {
      name: 'Metoprolol retard tablet 47,5 mg', atc: 'C07AB02', atcName: 'metoprolol', status: 'active', since: '2024-03-19', by: 'prac-kuipers', reason: 'Supraventriculaire tachycardie',
      dose: { text: '1x per dag 1 tablet', value: 1, unit: 'tablet', frequency: 1 }, repeats: 1,
    },
    {
      name: 'Ferrofumaraat tablet 200 mg', atc: 'B03AA02', atcName: 'ferrous fumarate', status: 'completed', since: '2025-10-07', until: '2026-01-07', by: 'prac-mulder', reason: 'IJzergebreksanemie',
      dose: { text: '1x per dag 1 tablet, met sinaasappelsap', value: 1, unit: 'tablet', frequency: 1 },
    },
    {
      name: 'Omeprazol capsule 20 mg', atc: 'A02BC01', atcName: 'omeprazole', status: 'stopped', since: '2023-01-10', by: 'prac-mulder',
      dose: { text: '1x per dag 1 capsule, voor het ontbijt', value: 1, unit: 'capsule', frequency: 1 },
    },
  ],

  // Metingen: series drawn with a seeded PRNG. value: number | [start, end];
  // at: fixed values on given dates.
  vitals: [
    { kind: 'weight', dates: { from: '2022-03-08', to: '2026-10-13', count: 12 }, value: [84, 78.5], sd: 0.6 },
    { kind: 'bmi', heightCm: 168 },
    { kind: 'bloodPressure', dates: { from: '2022-03-08', to: '2026-10-13', count: 16 }, systolic: [160, 125], diastolic: [99, 79], at: { '2022-03-08': [162, 100], '2026-10-13': [126, 78] } },
    { kind: 'heartRate', dates: { from: '2022-03-08', to: '2026-10-13', count: 12 }, value: [82, 62], sd: 3, at: { '2024-02-06': 76, '2024-03-19': 74, '2026-10-13': 62 } },
  ],

  // Uitslagen: panels of tests drawn on a list of dates. A test's model:
  // number | [start, end] | {values: [...]}. Results on or after
  // preliminaryFrom are provisional.
  labs: {
    preliminaryFrom: '2026-10-01',
    panels: [
      {
        name: 'Nierfunctie en elektrolyten',
        dates: ['2022-03-08', '2022-05-31', '2022-11-15', '2023-06-06', '2023-07-11', '2024-02-01', '2024-09-17', '2025-09-30', '2026-04-14', '2026-10-06'],
        tests: { kreatinine: [67, 73], egfr: [99, 92], natrium: 140, kalium: [4.0, 4.4] },
        // Values quoted in the reports.
        at: {
          '2022-03-08': { kreatinine: 68, egfr: 98, kalium: 4.0 },
          '2022-11-15': { kreatinine: 71, kalium: 4.3 },
          '2025-09-30': { kreatinine: 72, egfr: 92, kalium: 4.4, natrium: 139 },
        },
      },
      {
        name: 'Bloedbeeld en ijzer',
        dates: ['2022-03-08', '2022-11-15', '2023-06-06', '2024-02-01', '2024-09-17', '2025-09-30', '2026-01-13', '2026-04-14', '2026-10-06'],
        tests: { hb: { values: [7.9, 8.1, 8.0, 7.9, 7.8, 7.2, 7.9, 8.2, 8.3] }, ferritine: { values: [31, 36, 28, 24, 19, 11, 42, 48, 55] } },
      },
      // Old era (never shifted): postpartum haemorrhage after Emma's birth.
      { name: 'Bloedbeeld kraambed', dates: ['2012-02-20', '2012-02-21'], tests: { hb: { values: [4.4, 5.9] }, trombo: { values: [168, 181] } } },
      {
        name: 'Glucose, lipiden en schildklier',
        dates: ['2022-03-08', '2023-06-06', '2024-09-17', '2026-10-06'],
        tests: { glucose: [5.4, 5.5], cholesterol: [5.6, 5.1], ldl: [3.4, 3.0], hdl: 1.4, tsh: [1.8, 2.1] },
        at: { '2023-06-06': { glucose: 5.6, cholesterol: 5.4, ldl: 3.3 } },
      },
    ],
    extra: [
      { date: '2012-02-10', panel: 'Bloedgroepbepaling', test: 'bloedgroep', valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '278149003', display: 'Blood group A Rh(D) positive' }], text: 'A rhesus D positief' } },
      { date: '2022-03-08', panel: 'Urineonderzoek', test: 'urineEiwit', valueString: 'Negatief' },
      { date: '2024-02-01', panel: 'Hartfunctie', test: 'ntprobnp', valueString: '< 50 ng/L', interpretation: 'N' },
    ],
    changes: [
      { date: '2023-07-11', test: 'kalium', status: 'corrected', value: 4.5, note: 'Waarde gecorrigeerd na herhaling: eerste meting (5,9 mmol/L) was vals verhoogd door hemolyse van het monster.' },
    ],
  },

  // Radiologie (voorlopig verslag).
  imaging: [
    {
      date: '2026-10-27 14:20', by: 'prac-willems', status: 'preliminary', title: 'Echo schildklier',
      conclusion: 'Voorlopig verslag: solitaire nodus rechter schildklierkwab, 14 mm, TI-RADS 3. Definitief verslag volgt.',
      text: `
        Echo schildklier (voorlopig verslag)

        Klinische gegevens: palpabele zwelling rechts in de hals.

        Bevindingen: normaal grote schildklier. In de rechter kwab een solitaire, ovale, isoëchogene nodus van 14 x 10 mm met een gladde begrenzing en een dunne halo, zonder microcalcificaties. Linker kwab zonder afwijkingen. Geen pathologisch vergrote lymfeklieren in de hals.

        Conclusie: solitaire nodus rechts, TI-RADS 3. Een cytologische punctie is op grond van de grootte niet geïndiceerd; echografische controle over een jaar te overwegen.

        Dit is een voorlopig verslag; het definitieve verslag volgt na supervisie.
      `,
    },
  ],

  // Vragenlijsten en dagboeken. author: 'patient' or a RelatedPerson id.
  questionnaires: [
    {
      questionnaire: 'q-intake-algemeen', status: 'completed', authored: '2022-03-03 20:15', author: 'patient',
      answers: { reden: 'Hoge bloeddruk bij de huisarts en thuis gemeten, soms hoofdpijn.', gezondheid: 'goed', roken: false, alcohol: 2, beweging: 2.5, beroep: 'Beleidsmedewerker gemeente', 'medicijnen-lijst': true },
    },
    { questionnaire: 'q-bloeddruk-dagboek', status: 'completed', authored: '2026-10-05 07:40', author: 'patient', answers: { datum: '2026-10-05', moment: 'ochtend', systolisch: 127, diastolisch: 81, pols: 63 } },
    { questionnaire: 'q-bloeddruk-dagboek', status: 'completed', authored: '2026-10-12 21:05', author: 'patient', answers: { datum: '2026-10-12', moment: 'avond', systolisch: 124, diastolisch: 78, pols: 61 } },
    { questionnaire: 'q-bloeddruk-dagboek', status: 'completed', authored: '2026-10-19 07:35', author: 'patient', answers: { datum: '2026-10-19', moment: 'ochtend', systolisch: 131, diastolisch: 84, pols: 66, opmerkingen: 'Slecht geslapen, licht hoofdpijn.' } },
    { questionnaire: 'q-bloeddruk-dagboek', status: 'completed', authored: '2026-10-26 07:50', author: 'patient', answers: { datum: '2026-10-26', moment: 'ochtend', systolisch: 125, diastolisch: 79, pols: 62 } },
    { questionnaire: 'q-ervaring', status: 'in-progress', authored: '2026-10-14 09:00' },
  ],

  // Afspraken. start "YYYY-MM-DD HH:MM", minutes, service, with (practitioner),
  // location (default: the specialism's location; null for none).
  appointments: [
    { status: 'fulfilled', start: '2026-04-21 11:15', minutes: 20, service: 'svc-cardiologie', with: 'prac-kuipers', description: 'Controle polikliniek Cardiologie' },
    { status: 'fulfilled', start: '2026-10-06 08:30', minutes: 10, service: 'svc-interne-geneeskunde', location: 'loc-linde-bloedafname', description: 'Bloedafname voor jaarcontrole' },
    { status: 'fulfilled', start: '2026-10-13 10:00', minutes: 20, service: 'svc-interne-geneeskunde', with: 'prac-mulder', description: 'Jaarcontrole polikliniek Interne geneeskunde' },
    { status: 'fulfilled', start: '2026-10-27 14:20', minutes: 15, service: 'svc-radiologie', description: 'Echo schildklier' },
    { status: 'cancelled', start: '2026-11-10 09:40', minutes: 15, service: 'svc-dermatologie', with: 'prac-elamrani', description: 'Huidcontrole polikliniek Dermatologie', cancelReason: 'Afgezegd door de polikliniek (arts afwezig); u krijgt een nieuwe uitnodiging' },
    { status: 'booked', start: '2026-11-17 13:30', minutes: 30, service: 'svc-cardiologie', location: 'loc-linde-poli-a', description: 'Echocardiografie', comment: 'Neem uw medicijnlijst mee.' },
    { status: 'booked', start: '2026-12-08 11:00', minutes: 10, service: 'svc-interne-geneeskunde', with: 'prac-mulder', location: null, description: 'Telefonisch consult uitslag echo schildklier' },
    { status: 'pending', start: '2027-01-12 08:45', minutes: 10, service: 'svc-interne-geneeskunde', location: 'loc-linde-bloedafname', description: 'Bloedafname TSH' },
    { status: 'proposed', start: '2027-01-19 10:20', minutes: 15, service: 'svc-dermatologie', with: 'prac-elamrani', description: 'Huidcontrole polikliniek Dermatologie (nieuwe afspraak)' },
  ],

  // E-consults: from 'patient', a RelatedPerson id or a practitioner (a reply).
  threads: [
    {
      topic: 'Moe van metoprolol?', service: 'svc-cardiologie',
      messages: [
        { sent: '2024-04-09 21:14', from: 'patient', text: 'Beste dokter Kuipers, sinds ik metoprolol gebruik ben ik erg moe en kom ik de trap moeilijker op. Is dat normaal en gaat dat over? Met vriendelijke groet, Sanne de Vries' },
        { sent: '2024-04-11 10:02', from: 'prac-kuipers', text: 'Beste mevrouw De Vries, vermoeidheid komt in de eerste weken van een bètablokker vaak voor en neemt meestal af. Wilt u het nog drie weken aanzien? Houdt het aan, neem dan contact op; dan kunnen we de dosering aanpassen. Met vriendelijke groet, P. Kuipers' },
        { sent: '2024-04-11 19:30', from: 'patient', text: 'Dank u wel, dan wacht ik het af.' },
      ],
    },
    {
      topic: 'Voorlopige uitslagen bloedonderzoek', service: 'svc-interne-geneeskunde',
      messages: [
        { sent: '2026-10-08 18:45', from: 'patient', text: 'Ik zie in het portaal uitslagen met "voorlopig" erbij. Mijn hemoglobine lijkt goed. Moet ik de ijzertabletten nog nemen?' },
        { sent: '2026-10-09 12:20', from: 'prac-mulder', text: 'Beste mevrouw De Vries, de uitslagen zijn inderdaad nog voorlopig, maar uw Hb en ferritine zijn weer normaal. U kunt stoppen met de ferrofumaraat. We bespreken alles tijdens de controle volgende week. Met vriendelijke groet, H. Mulder, internist' },
      ],
    },
    {
      topic: 'Zonnebrandcrème na excisie', service: 'svc-dermatologie',
      messages: [
        { sent: '2025-06-02 08:55', from: 'patient', text: 'Mag ik op het litteken op mijn rug al zonnebrandcrème smeren? We gaan over twee weken op vakantie.' },
        { sent: '2025-06-03 14:10', from: 'prac-elamrani', text: 'Beste mevrouw De Vries, ja, de wond is gesloten en u kunt een zonnebrandcrème met factor 50 gebruiken. Bedek het litteken het eerste jaar zo veel mogelijk met kleding. Fijne vakantie! F. El Amrani, dermatoloog' },
      ],
    },
  ],

  // Wie keek in mijn dossier: who (practitioner, organization or
  // RelatedPerson id) looked at what (a resource id of this patient).
  audit: [
    { date: '2025-05-26 08:40', who: 'prac-hendriks', what: 'sanne-letter-3', via: 'org-linde', channel: 'Huisartsenportaal Ziekenhuis De Linde' },
    { date: '2025-10-08 13:12', who: 'prac-hendriks', what: 'sanne-report-13', via: 'org-linde', channel: 'Huisartsenportaal Ziekenhuis De Linde' },
    { date: '2026-01-07 10:05', who: 'org-apotheek-lombok', what: 'sanne-med-5', channel: 'Medicatieoverzicht via Landelijk Schakelpunt' },
    { date: '2026-04-21 11:02', who: 'prac-kuipers', what: 'sanne-report-10' },
    { date: '2026-10-13 09:52', who: 'prac-mulder', what: 'sanne-labreport-1' },
    { date: '2026-10-16 08:15', who: 'prac-hendriks', what: 'sanne-letter-4', channel: 'Huisartsenportaal Ziekenhuis De Linde' },
    { date: '2026-10-27 15:01', who: 'prac-willems', what: 'sanne-imaging-1' },
    { date: '2026-10-28 09:30', who: 'prac-mulder', what: 'sanne-imaging-1' },
  ],
};
