// Willem Bakker (47): bipolaire stoornis met lithium (psychiatrie), diabetes
// mellitus type 2 (interne geneeskunde), screening op retinopathie
// (oogheelkunde). Onder curatele (curator Peter Jansen); de machtiging van
// zijn zus is ingetrokken; een mentor start in januari 2027. Willem heeft
// bezwaar gemaakt tegen inzage door zijn huisarts (Consent).

export default {
  conditions: [
    { text: 'Bipolaire stoornis type I', status: 'active', since: '2009-09-14', by: 'prac-prins' },
    { text: 'Diabetes mellitus type 2', status: 'active', since: '2013-10-08', by: 'prac-dijkstra' },
    { text: 'Hypothyreoïdie door lithium', status: 'active', since: '2023-06-13', by: 'prac-schouten' },
    { text: 'Chronische nierschade stadium 3a', status: 'active', since: '2022-05-03', by: 'prac-mulder', note: 'Waarschijnlijk door langdurig lithiumgebruik; nierfunctie elke drie maanden.' },
    { text: 'Depressieve episode bij bipolaire stoornis', status: 'resolved', since: '2020-11-17', until: '2021-09-14', by: 'prac-schouten' },
    { text: 'Manische episode met psychotische kenmerken', status: 'resolved', since: '2009-08-24', until: '2009-10-12', by: 'prac-prins' },
  ],
  allergies: [],
  vaccinations: [
    { vaccine: 'Griep', date: '2025-10-14', by: 'Huisartsenpraktijk De Eemhof' },
    { vaccine: 'Griep', date: '2024-10-15', by: 'Huisartsenpraktijk De Eemhof' },
  ],
  scores: [
    { kind: 'phq9', date: '2020-11-17 14:00', value: 17, by: 'prac-schouten', note: 'Matig ernstige depressieve klachten.' },
    { kind: 'phq9', date: '2021-04-06 10:00', value: 9, by: 'prac-schouten' },
    { kind: 'phq9', date: '2026-10-20 13:50', value: 3, by: 'prac-schouten' },
    { kind: 'gad7', date: '2026-10-20 13:50', value: 2, by: 'prac-schouten' },
  ],
  reports: [
    {
      date: '2009-09-14 15:00', author: 'prac-prins', contact: 'IMP', type: 'discharge', title: 'Ontslag na opname wegens manie',
      text: `
        Opnamereden:
        Dertigjarige man, via de crisisdienst opgenomen met een inbewaringstelling. Sinds drie weken nauwelijks geslapen, ontremd, grootheidsideeën (zou een internationaal bedrijf oprichten), duizenden euro's uitgegeven. Geen eerdere psychiatrische voorgeschiedenis; moeder had een depressie.

        Psychiatrisch onderzoek bij opname:
        Motorisch onrustig, logorroe met gedachtevlucht, eufore en prikkelbare stemming, grootheidswanen, geen hallucinaties. Geen ziekte-inzicht.

        Beloop:
        Behandeling met haloperidol en lorazepam, daarna start lithiumcarbonaat op geleide van de spiegel (streef 0,6–0,8 mmol/L). Na vier weken geleidelijk herstel van slaap en stemming; de maatregel is omgezet naar een vrijwillige opname. Haloperidol afgebouwd.

        Conclusie:
        Bipolaire stoornis type I, eerste manische episode met psychotische kenmerken.

        Beleid:
        Lithiumcarbonaat 800 mg per dag, spiegel en nierfunctie elke drie maanden. Poliklinische behandeling met psycho-educatie en een signaleringsplan.
      `,
    },
    {
      date: '2011-03-22 10:45', author: 'prac-prins', contact: 'AMB', title: 'Poliklinische controle bipolaire stoornis',
      text: `
        Anamnese:
        Sinds de opname stabiel. Werkt weer vier dagen als magazijnmedewerker. Slaapt zeven uur per nacht. Geen tekenen van depressie of hypomanie. Lichte tremor van de handen en vaker plassen sinds de lithium. Rookt twintig sigaretten per dag, drinkt in het weekend vier tot zes glazen bier.

        Psychiatrisch onderzoek:
        Rustig, euthyme stemming, goed contact, geen psychotische kenmerken.

        Aanvullend onderzoek:
        Lithiumspiegel 0,68 mmol/L. Kreatinine en TSH normaal.

        Conclusie:
        Bipolaire stoornis type I, in remissie onder lithium. Fijne tremor en polyurie als bekende bijwerkingen.

        Beleid:
        Lithium ongewijzigd. Signaleringsplan besproken met patiënt en zijn zus: bij minder dan vijf uur slaap direct contact. Advies alcohol te beperken en te stoppen met roken. Controle elke drie maanden bij de verpleegkundig specialist, jaarlijks bij de psychiater.
      `,
    },
    {
      date: '2013-10-08 09:20', author: 'prac-dijkstra', service: 'svc-interne-geneeskunde', contact: 'AMB', title: 'Nieuw ontdekte diabetes mellitus',
      text: `
        Anamnese:
        34-jarige man, verwezen door de huisarts wegens een nuchtere glucose van 9,8 mmol/L en veel dorst. Bekend met een bipolaire stoornis, gebruikt lithium. Sinds twee jaar vijftien kilo aangekomen. Vader heeft diabetes type 2. Rookt.

        Lichamelijk onderzoek:
        Gewicht 104 kg, BMI 31,7, buikomvang 112 cm. Bloeddruk 146/92 mmHg. Acanthosis nigricans in de nek. Voeten: normale sensibiliteit, goede pulsaties.

        Aanvullend onderzoek:
        HbA1c 62 mmol/mol. Totaal cholesterol 6,1 mmol/L, triglyceriden 3,2 mmol/L. Kreatinine normaal. Geen albuminurie.

        Conclusie:
        Diabetes mellitus type 2, metabool syndroom. Dd lithiumgerelateerde polyurie bij de dorstklachten.

        Beleid:
        Start metformine 500 mg tweemaal daags, op te hogen. Leefstijladvies en verwijzing naar de diëtist, stoppen met roken. Verdere diabeteszorg bij de huisarts (ketenzorg). Controle bij onvoldoende regulatie.
      `,
    },
    {
      date: '2020-11-17 14:10', author: 'prac-schouten', contact: 'AMB', title: 'Consult bij depressieve klachten',
      text: `
        Anamnese:
        Sinds twee maanden somber, trekt zich terug, slaapt twaalf uur per dag, geen plezier meer in hobby's. Door de coronamaatregelen zijn werk en sport weggevallen. Geen suïcidale gedachten, wel gevoelens van waardeloosheid. Lithium trouw ingenomen; spiegel 0,64 mmol/L.

        Psychiatrisch onderzoek:
        Vertraagd, stemming somber, affect vlak. Geen psychotische kenmerken. Suïcidaliteit uitgevraagd: geen plannen of gedachten.

        Conclusie:
        Bipolaire stoornis type I, depressieve episode, matig ernstig.

        Beleid:
        Toevoegen van quetiapine met verlengde afgifte, opbouwen naar 300 mg voor de nacht. Dagstructuur en activering met de sociaal psychiatrisch verpleegkundige. Lithium ongewijzigd. Crisiskaart met telefoonnummers meegegeven. Controle over drie weken, eerder bij toename van de klachten.
      `,
    },
    {
      date: '2021-04-28 16:30', author: 'prac-schouten', contact: 'IMP', type: 'discharge', title: 'Ontslag na opname wegens manische episode',
      text: `
        Opnamereden:
        Vrijwillige opname na een periode van weinig slapen, ontremming en koopwoede. Patiënt had in korte tijd leningen afgesloten en een auto gekocht; er zijn aanzienlijke schulden ontstaan. Zijn zus, die hem met DigiD Machtigen helpt met zijn zaken, alarmeerde de huisarts.

        Beloop:
        Quetiapine is gehandhaafd, olanzapine 10 mg toegevoegd en lorazepam tijdelijk. Lithiumspiegel verhoogd naar 0,8 mmol/L. Na vijf weken euthym met een goed slaapritme. Met patiënt en familie is besproken dat hij zijn financiële zaken tijdens episodes niet overziet. Met zijn instemming is bij de kantonrechter curatele aangevraagd.

        Conclusie:
        Bipolaire stoornis type I, manische episode zonder psychotische kenmerken, in remissie. Problematische schulden.

        Beleid:
        Lithium, quetiapine en olanzapine continueren; lorazepam afgebouwd. Poliklinische nazorg en schuldhulpverlening. Signaleringsplan bijgewerkt.
      `,
    },
    {
      date: '2021-09-21 11:00', author: 'prac-schouten', contact: 'AMB', title: 'Controle na opname; curatele',
      text: `
        Anamnese:
        Stabiel sinds het ontslag. De kantonrechter heeft de heer P. Jansen als curator benoemd; de machtiging van zijn zus is daarom ingetrokken. Patiënt vindt dat een opluchting. Sinds de opname vijftien kilo aangekomen, zeer hinderlijk; meer eetbuien in de avond.

        Psychiatrisch onderzoek:
        Euthym, goed contact, geen psychotische kenmerken.

        Aanvullend onderzoek:
        Lithiumspiegel 0,74 mmol/L. Nuchter glucose 8,9 mmol/L, HbA1c 64 mmol/mol.

        Conclusie:
        Bipolaire stoornis type I, in remissie. Forse gewichtstoename en ontregelde diabetes, waarschijnlijk door quetiapine en olanzapine.

        Beleid:
        Quetiapine gestopt wegens gewichtstoename; olanzapine voorlopig continueren en afbouwen als hij stabiel blijft. De curator ontvangt voortaan de afspraakbrieven. Verwijzing naar de internist via de huisarts voor de diabetes. Controle over drie maanden.
      `,
    },
    {
      date: '2022-05-10 10:20', author: 'prac-mulder', contact: 'AMB', title: 'Eerste consult diabetes mellitus type 2',
      text: `
        Anamnese:
        43-jarige man met diabetes mellitus type 2 sinds negen jaar, ondanks metformine 1000 mg tweemaal daags onvoldoende gereguleerd. Dorst, vaak plassen, moe. Bekend met een bipolaire stoornis, gebruikt lithium; olanzapine is afgebouwd. Rookt vijftien sigaretten per dag.

        Lichamelijk onderzoek:
        Gewicht 108 kg, BMI 33. Bloeddruk 142/90 mmHg. Voetonderzoek: sensibiliteit met monofilament intact, pulsaties goed palpabel.

        Aanvullend onderzoek:
        HbA1c 68 mmol/mol, nuchter glucose 10,2 mmol/L. LDL 3,6 mmol/L. Kreatinine 118 µmol/L, eGFR 62. Glucosurie.

        Conclusie:
        Diabetes mellitus type 2, onvoldoende gereguleerd. Licht verminderde nierfunctie, dd lithiumnefropathie, diabetische nefropathie. Metabool syndroom.

        Beleid:
        Toevoegen van gliclazide 30 mg, op te hogen naar 60 mg. Gezien de nierfunctie geen SGLT2-remmer in combinatie met lithium zonder overleg met de psychiater. Diabetesverpleegkundige voor educatie en glucose-dagcurves. Stoppen met roken besproken. Controle over zes maanden.
      `,
    },
    {
      date: '2022-11-15 09:00', author: 'prac-koster', contact: 'AMB', title: 'Diabetesconsult verpleegkundige',
      text: `
        Anamnese:
        Meneer meet zijn glucose tweemaal per week met de glucosemeter. Geen hypoglykemie gehad sinds de start van gliclazide, wel eenmaal trillerig voor de lunch. Eet regelmatiger, drie maaltijden per dag. Rookt nog steeds, wil er niet over praten. De curator regelt de afspraken en de medicatie bij de apotheek met een baxterrol.

        Lichamelijk onderzoek:
        Gewicht 105 kg. Bloeddruk 138/88 mmHg. Injectie-plaatsen niet van toepassing.

        Aanvullend onderzoek:
        HbA1c 58 mmol/mol, LDL 3,4 mmol/L.

        Conclusie:
        Diabetes mellitus type 2, verbeterde regulatie onder metformine en gliclazide.

        Beleid:
        Uitleg over het herkennen en behandelen van hypoglykemie (druivensuiker bij zich). Gliclazide 60 mg continueren. De internist start atorvastatine 20 mg vanwege het cardiovasculaire risico. Bewegen: wandelgroep in de wijk. Controle over zes maanden bij de internist.
      `,
    },
    {
      date: '2023-06-13 13:40', author: 'prac-schouten', contact: 'AMB', title: 'Controle lithium en schildklierfunctie',
      text: `
        Anamnese:
        Stabiele stemming, werkt halve dagen bij een groenvoorziening via een re-integratietraject. Moe en kouwelijk de laatste maanden, droge huid, wat aangekomen.

        Psychiatrisch onderzoek:
        Euthym, geen psychotische kenmerken, geen aanwijzingen voor een depressie.

        Aanvullend onderzoek:
        Lithiumspiegel 0,72 mmol/L. TSH 7,8 mU/L (verhoogd), vrij T4 laag-normaal. Kreatinine 121 µmol/L, eGFR 60.

        Conclusie:
        Bipolaire stoornis type I, in remissie onder lithium. Hypothyreoïdie door lithium. Stabiele, licht verminderde nierfunctie.

        Beleid:
        Start levothyroxine 50 microgram eenmaal daags, nuchter in te nemen. TSH over zes weken. Lithium continueren: de voordelen wegen op tegen de nadelen, in overleg met de internist blijft de nierfunctie elke drie maanden gecontroleerd. Besproken met patiënt en curator.
      `,
    },
    {
      date: '2024-01-23 11:30', author: 'prac-kok', contact: 'AMB', title: 'Oogheelkundige screening diabetes',
      text: `
        Anamnese:
        Verwezen door de huisarts voor screening op diabetische retinopathie; de fundusfoto bij de huisarts was niet goed te beoordelen door kleine pupillen. Geen visusklachten, draagt een leesbril.

        Onderzoek:
        Visus rechts 1,0 en links 0,9 met correctie. Oogdruk 16 en 17 mmHg. Spleetlamponderzoek: heldere cornea, beginnende lenstroebeling beiderzijds. Fundoscopie na pupilverwijding: geen micro-aneurysmata, geen bloedingen, geen exsudaten, geen maculaoedeem. Papillen vitaal.

        Conclusie:
        Geen diabetische retinopathie. Beginnende cataract beiderzijds, zonder functionele beperking.

        Beleid:
        Jaarlijkse screening met fundusfoto's na pupilverwijding op de polikliniek Oogheelkunde. Goede regulatie van glucose en bloeddruk blijft belangrijk. Niet zelf autorijden na het druppelen. Bij plotselinge visusdaling direct contact opnemen.
      `,
    },
    {
      date: '2024-09-10 15:30', author: 'prac-mulder', contact: 'VR', type: 'note', title: 'Telefonisch consult nierfunctie',
      text: `
        Telefonisch consult met patiënt, curator luistert mee.

        Aanvullend onderzoek:
        Kreatinine 126 µmol/L, eGFR 58, albumine/kreatinine-ratio 2,1 mg/mmol. HbA1c 55 mmol/mol. Eerdere lithiumspiegel van 1,12 mmol/L bleek na herhaling 0,78 mmol/L; het eerste monster was niet als dalspiegel afgenomen.

        Anamnese:
        Geen klachten, drinkt twee liter per dag. Geen misselijkheid, diarree of trillen.

        Conclusie:
        Chronische nierschade stadium 3a, stabiel, waarschijnlijk door langdurig lithiumgebruik en diabetes. Diabetes redelijk gereguleerd.

        Beleid:
        Overleg met de psychiater: lithium wordt gecontinueerd met een streefspiegel van 0,6 tot 0,7 mmol/L en driemaandelijkse controle. Geen NSAID's gebruiken, bij braken of diarree lithium tijdelijk staken en bellen. Bloeddruk streng reguleren. Controle over zes maanden.
      `,
    },
    {
      date: '2025-06-03 10:00', author: 'prac-schouten', contact: 'AMB', title: 'Controle bipolaire stoornis; bezwaar inzage huisarts',
      text: `
        Anamnese:
        Stabiel, geen episodes sinds de opname vier jaar geleden. Werkt drie dagen in de groenvoorziening. Meneer wil niet dat de huisarts zijn psychiatrische dossier digitaal kan inzien; hij heeft een conflict gehad met de praktijk en voelt zich daar niet begrepen.

        Psychiatrisch onderzoek:
        Euthym, goed contact, geen psychotische kenmerken.

        Aanvullend onderzoek:
        Lithiumspiegel 0,66 mmol/L, TSH normaal onder levothyroxine.

        Conclusie:
        Bipolaire stoornis type I, in langdurige remissie.

        Beleid:
        Uitgelegd dat hij bezwaar kan maken tegen inzage via het huisartsenportaal, en wat de gevolgen zijn: de huisarts en de huisartsenpost kunnen dan in een spoedsituatie minder snel handelen. Brieven aan de huisarts blijven wel verstuurd worden. Meneer zet het bezwaar door; de curator is op de hoogte. Medicatie ongewijzigd. Controle over een half jaar.
      `,
    },
    {
      date: '2026-02-17 09:45', author: 'prac-mulder', contact: 'AMB', title: 'Controle diabetes en nierfunctie',
      text: `
        Anamnese:
        Wandelt drie keer per week met de wandelgroep. Minder gerookt: vijf sigaretten per dag. Geen hypoglykemie. Gewicht zes kilo afgenomen in een jaar.

        Lichamelijk onderzoek:
        Gewicht 101 kg. Bloeddruk 134/84 mmHg. Voeten: sensibiliteit intact, geen wondjes.

        Aanvullend onderzoek:
        HbA1c 53 mmol/mol, LDL 2,4 mmol/L. Kreatinine 124 µmol/L, eGFR 59, stabiel. Albumine/kreatinine-ratio 1,8 mg/mmol.

        Conclusie:
        Diabetes mellitus type 2, goed gereguleerd. Stabiele chronische nierschade stadium 3a.

        Beleid:
        Medicatie ongewijzigd: metformine 1000 mg tweemaal daags (bij deze nierfunctie toegestaan), gliclazide, atorvastatine. Compliment voor het wandelen en het minderen met roken; stoppen blijft het advies. Jaarlijkse oogscreening plannen. Controle over een half jaar bij de diabetesverpleegkundige.
      `,
    },
    {
      date: '2026-10-20 14:00', author: 'prac-schouten', contact: 'AMB', title: 'Controle bipolaire stoornis',
      text: `
        Anamnese:
        Stabiel. Slaapt goed, werkt drie dagen. De vragenlijst stemming in het portaal geeft geen aanwijzingen voor een depressie. Vanaf januari is er ook een mentor, mevrouw R. Smit, betrokken bij beslissingen over zorg en wonen; de curator blijft de financiën regelen. Meneer vindt dat goed.

        Psychiatrisch onderzoek:
        Euthym, goed contact, geen psychotische kenmerken. Lichte fijne tremor van de handen.

        Aanvullend onderzoek:
        Lithiumspiegel 0,64 mmol/L (voorlopige uitslag). Kreatinine stabiel. TSH normaal.

        Conclusie:
        Bipolaire stoornis type I, in langdurige remissie onder lithium. Chronische nierschade stadium 3a, stabiel.

        Beleid:
        Lithium continueren. Echografie van de nieren aangevraagd als uitgangspunt bij langdurig lithiumgebruik. Signaleringsplan doorgenomen met meneer en de curator. Kennismaking met de mentor bij de volgende afspraak. Controle over twee maanden.
      `,
    },
  ],

  letters: [
    {
      date: '2021-04-30 09:10', author: 'prac-schouten', title: 'Ontslagbrief Psychiatrie',
      text: `
        Uw patiënt was vijf weken opgenomen op onze afdeling wegens een manische episode bij een bekende bipolaire stoornis type I. Tijdens de episode zijn aanzienlijke schulden ontstaan.

        Behandeling: lithium (spiegel 0,8 mmol/L), quetiapine 300 mg en olanzapine 10 mg; lorazepam is afgebouwd. Bij ontslag was hij euthym met een goed slaapritme.

        Met zijn instemming is curatele aangevraagd. De poliklinische nazorg vindt plaats bij ons, met schuldhulpverlening via de gemeente. Wilt u alert zijn op gewichtstoename en de glucose?
      `,
    },
    {
      date: '2022-05-12 08:40', author: 'prac-mulder', format: 'pdf', title: 'Brief aan huisarts: diabetes mellitus type 2',
      text: `
        Uw patiënt bezocht de polikliniek Interne geneeskunde wegens een onvoldoende gereguleerde diabetes mellitus type 2 (HbA1c 68 mmol/mol) bij het gebruik van metformine 1000 mg tweemaal daags.

        De nierfunctie is licht verminderd (eGFR 62), waarschijnlijk door langdurig lithiumgebruik en de diabetes.

        Wij hebben gliclazide 30 mg toegevoegd, op te hogen naar 60 mg. Een SGLT2-remmer starten wij niet zonder overleg met de psychiater, gezien de interactie met lithium. De diabetesverpleegkundige begeleidt hem. Controle over zes maanden.
      `,
    },
    {
      date: '2024-01-25 10:00', author: 'prac-kok', format: 'html', title: 'Brief aan huisarts: screening diabetische retinopathie',
      html: `
        <p>Uw patiënt werd gezien voor screening op diabetische retinopathie.</p>
        <ul>
          <li>Visus: rechts 1,0, links 0,9 met correctie.</li>
          <li>Fundoscopie na pupilverwijding: <strong>geen diabetische retinopathie</strong>, geen maculaoedeem.</li>
          <li>Beginnende cataract beiderzijds, zonder klachten.</li>
        </ul>
        <p>Wij nodigen hem jaarlijks uit voor fundusfoto's.</p>
      `,
    },
    {
      date: '2026-02-19 09:30', author: 'prac-mulder', title: 'Brief aan huisarts na controle diabetes',
      text: `
        Uw patiënt kwam voor controle van zijn diabetes mellitus type 2. De regulatie is goed: HbA1c 53 mmol/mol, LDL 2,4 mmol/L. Hij is zes kilo afgevallen en wandelt drie keer per week.

        De nierfunctie is stabiel (eGFR 59, albumine/kreatinine-ratio 1,8 mg/mmol), passend bij chronische nierschade stadium 3a.

        Medicatie ongewijzigd. Wij zien hem over een half jaar terug; de jaarlijkse oogscreening wordt gepland.
      `,
    },
    {
      date: '2026-10-22 08:50', author: 'prac-schouten', title: 'Brief aan huisarts na controle psychiatrie',
      text: `
        Uw patiënt is al ruim vijf jaar in remissie van zijn bipolaire stoornis type I onder lithium (spiegel 0,64 mmol/L, voorlopige uitslag).

        Vanaf januari is naast de curator ook een mentor betrokken bij beslissingen over zorg en wonen.

        Wij hebben een echografie van de nieren aangevraagd als uitgangspunt bij langdurig lithiumgebruik en een stabiele chronische nierschade stadium 3a. U ontvangt de uitslag. Let op: patiënt heeft bezwaar gemaakt tegen inzage in zijn dossier via het huisartsenportaal; wij informeren u per brief.
      `,
    },
  ],

  referrals: [
    {
      date: '2022-04-05 12:00', gp: 'prac-vos', service: 'svc-interne-geneeskunde', format: 'docx', title: 'Verwijzing Interne geneeskunde: ontregelde diabetes',
      text: `
        Reden van verwijzing:
        Man van 42 met diabetes mellitus type 2, HbA1c 68 mmol/mol ondanks metformine in maximale dosis. Gewichtstoename na antipsychotica. Gebruikt lithium; eGFR 62.

        Vraagstelling:
        Graag instellen op aanvullende medicatie, rekening houdend met lithium en nierfunctie.

        Medicatie:
        Lithiumcarbonaat 800 mg, metformine 1000 mg 2dd, olanzapine 5 mg (in afbouw).

        Bijzonderheden:
        Patiënt staat onder curatele; curator P. Jansen ontvangt de afspraakbrieven.
      `,
    },
    {
      date: '2023-12-12 16:10', gp: 'prac-vos', service: 'svc-oogheelkunde', title: 'Verwijzing Oogheelkunde: screening retinopathie',
      text: `
        Reden van verwijzing:
        Diabetes mellitus type 2 sinds tien jaar. Fundusfoto's in de huisartsenpraktijk niet te beoordelen door kleine pupillen.

        Vraagstelling:
        Graag screening op diabetische retinopathie.

        Medicatie:
        Lithiumcarbonaat, metformine, gliclazide, atorvastatine, levothyroxine.
      `,
    },
  ],

  goals: [
    { text: 'HbA1c 53 mmol/mol of lager', status: 'active', achievement: 'achieved', start: '2022-05-10', due: '2027-02-01', by: 'prac-mulder' },
    { text: 'Lithiumspiegel tussen 0,6 en 0,7 mmol/L', status: 'active', achievement: 'sustaining', start: '2024-09-10', due: '2027-09-10', by: 'prac-schouten', aim: { measure: 'Lithium (dalspiegel)', low: 0.6, high: 0.7, unit: 'mmol/L' } },
    { text: 'Drie keer per week een half uur wandelen', status: 'active', achievement: 'in-progress', start: '2022-11-15', due: '2026-12-31', by: 'prac-koster' },
    { text: 'Gewicht naar 95 kg', status: 'on-hold', achievement: 'not-achieved', start: '2022-05-10', due: '2025-05-10', by: 'prac-mulder', note: 'Van 108 naar 101 kg; doel opnieuw bespreken.' },
    { text: 'Stoppen met roken', status: 'cancelled', achievement: 'not-achieved', start: '2022-05-10', due: '2023-05-10', by: 'prac-mulder', note: 'Meneer wil nu niet stoppen; wel minderen.' },
  ],

  medications: [
    {
      name: 'Lithiumcarbonaat tablet 400 mg', atc: 'N05AN01', atcName: 'lithium', status: 'active', since: '2025-06-03', by: 'prac-schouten', reason: 'Bipolaire stoornis',
      dose: { text: "1x per dag 2 tabletten, 's avonds", value: 2, unit: 'tablet', frequency: 1 }, repeats: 0,
    },
    {
      name: 'Metformine tablet 1000 mg', atc: 'A10BA02', atcName: 'metformin', status: 'active', since: '2026-02-17', by: 'prac-mulder', reason: 'Diabetes mellitus type 2',
      dose: { text: '2x per dag 1 tablet, bij de maaltijd', value: 1, unit: 'tablet', frequency: 2 }, repeats: 3,
    },
    {
      name: 'Gliclazide tablet met gereguleerde afgifte 30 mg', atc: 'A10BB09', atcName: 'gliclazide', status: 'active', since: '2026-02-17', by: 'prac-mulder', reason: 'Diabetes mellitus type 2',
      dose: { text: "1x per dag 2 tabletten bij het ontbijt", value: 2, unit: 'tablet', frequency: 1 }, repeats: 3,
    },
    {
      name: 'Atorvastatine tablet 20 mg', atc: 'C10AA05', atcName: 'atorvastatin', status: 'active', since: '2026-02-17', by: 'prac-mulder', reason: 'Cardiovasculair risicomanagement',
      dose: { text: "1x per dag 1 tablet, 's avonds", value: 1, unit: 'tablet', frequency: 1 }, repeats: 3,
    },
    {
      name: 'Levothyroxine tablet 50 microgram', atc: 'H03AA01', atcName: 'levothyroxine sodium', status: 'active', since: '2023-06-13', by: 'prac-schouten', reason: 'Hypothyreoïdie door lithium',
      dose: { text: '1x per dag 1 tablet, nuchter, een half uur voor het ontbijt', value: 1, unit: 'tablet', frequency: 1 }, repeats: 2,
    },
    {
      name: 'Quetiapine tablet met verlengde afgifte 300 mg', atc: 'N05AH04', atcName: 'quetiapine', status: 'stopped', since: '2020-11-17', by: 'prac-schouten', reason: 'Bipolaire depressie',
      dose: { text: '1x per dag 1 tablet voor de nacht', value: 1, unit: 'tablet', frequency: 1 },
      stopReason: 'Gestopt wegens bijwerkingen (gewichtstoename)',
    },
    {
      name: 'Olanzapine tablet 10 mg', atc: 'N05AH03', atcName: 'olanzapine', status: 'stopped', since: '2021-04-06', by: 'prac-schouten',
      dose: { text: '1x per dag 1 tablet voor de nacht', value: 1, unit: 'tablet', frequency: 1 },
    },
    {
      name: 'Lorazepam tablet 1 mg', atc: 'N05BA06', atcName: 'lorazepam', status: 'completed', since: '2021-04-06', until: '2021-04-26', by: 'prac-schouten', reason: 'Onrust tijdens manische episode',
      dose: { text: 'Zo nodig 1 tablet, maximaal 3x per dag', value: 1, unit: 'tablet', asNeeded: true },
    },
  ],

  consents: [
    { date: '2025-06-10 11:20', deny: 'org-gp-eemhof', text: 'Bezwaar tegen inzage van het dossier door de huisarts en de huisartsenpost via het huisartsenportaal' },
  ],

  vitals: [
    { kind: 'weight', dates: { from: '2020-11-17', to: '2026-10-20', count: 12 }, value: { values: [98, 104, 109, 108, 106, 105, 104, 103, 103, 102, 101, 101] }, sd: 0.4 },
    { kind: 'bmi', heightCm: 181 },
    { kind: 'bloodPressure', dates: { from: '2020-11-17', to: '2026-10-20', count: 12 }, systolic: [144, 132], diastolic: [92, 83] },
    { kind: 'heartRate', dates: { from: '2020-11-17', to: '2026-10-20', count: 10 }, value: [86, 74], sd: 4 },
  ],

  labs: {
    preliminaryFrom: '2026-10-13',
    panels: [
      {
        name: 'Lithium en nierfunctie',
        dates: ['2020-11-10', '2021-04-06', '2021-09-14', '2022-05-03', '2022-11-08', '2023-06-06', '2023-12-05', '2024-09-03', '2025-02-25', '2025-05-27', '2026-02-10', '2026-10-13'],
        tests: {
          lithium: { values: [0.64, 0.81, 0.74, 0.7, 0.68, 0.72, 0.69, 0.78, 0.66, 0.66, 0.65, 0.64] },
          kreatinine: { values: [104, 109, 112, 118, 117, 121, 122, 126, 123, 125, 124, 123] },
          egfr: { values: [76, 72, 68, 62, 63, 60, 59, 58, 59, 58, 59, 60] },
          natrium: 140,
        },
      },
      {
        name: 'Diabetes en lipiden',
        dates: ['2021-09-14', '2022-05-03', '2022-11-08', '2023-06-06', '2024-09-03', '2025-05-27', '2026-02-10', '2026-10-13'],
        tests: { hba1c: { values: [64, 68, 58, 57, 55, 54, 53, 52] }, glucose: { values: [8.9, 10.2, 8.1, 7.9, 7.6, 7.4, 7.1, 6.9] }, ldl: { values: [3.7, 3.6, 3.4, 2.6, 2.5, 2.4, 2.4, 2.3] } },
      },
      { name: 'Schildklierfunctie', dates: ['2023-06-06', '2023-07-25', '2024-09-03', '2025-05-27', '2026-10-13'], tests: { tsh: { values: [7.8, 4.6, 2.9, 2.4, 2.2] } } },
      { name: 'Urine: albumine', dates: ['2024-09-03', '2026-02-10'], tests: { albkreat: { values: [2.1, 1.8] } } },
    ],
    extra: [
      { date: '2022-05-03', panel: 'Urineonderzoek', test: 'urineGlucose', valueString: 'Positief (2+)', interpretation: 'A' },
    ],
    changes: [
      { date: '2024-09-03', test: 'lithium', status: 'corrected', value: 0.78, note: 'Waarde gecorrigeerd na herhaling: de eerste meting (1,12 mmol/L) was geen dalspiegel; het bloed was 4 uur na inname afgenomen.' },
    ],
  },

  imaging: [
    {
      date: '2026-10-28 10:40', by: 'prac-willems', status: 'preliminary', title: 'Echo nieren',
      conclusion: 'Voorlopig verslag: beide nieren normaal van grootte met enkele kleine cysten, passend bij langdurig lithiumgebruik. Geen hydronefrose. Definitief verslag volgt.',
      text: `
        Echo nieren (voorlopig verslag)

        Klinische gegevens: chronische nierschade stadium 3a bij langdurig lithiumgebruik en diabetes mellitus type 2.

        Bevindingen: rechter nier 10,8 cm, linker nier 11,1 cm, met een normale corticale dikte en een iets verhoogde echogeniciteit van de cortex. Beiderzijds enkele kleine corticale cysten (maximaal 4 mm). Geen hydronefrose, geen stenen. Blaas matig gevuld, zonder afwijkingen.

        Conclusie: normaal grote nieren met enkele kleine cysten, passend bij een lithiumnefropathie. Geen obstructie.

        Dit is een voorlopig verslag; het definitieve verslag volgt na supervisie.
      `,
    },
  ],

  questionnaires: [
    {
      questionnaire: 'q-intake-algemeen', status: 'completed', authored: '2022-05-02 15:30', author: 'patient',
      answers: { reden: 'Mijn suiker is te hoog en ik ben veel aangekomen door de medicijnen.', gezondheid: 'matig', roken: true, sigaretten: 15, alcohol: 4, beweging: 1, beroep: 'Medewerker groenvoorziening', 'medicijnen-lijst': true },
    },
    { questionnaire: 'q-stemming', status: 'completed', authored: '2026-04-14 10:10', author: 'patient', answers: { plezier: 'enkele-dagen', somber: 'helemaal-niet', slaap: 'enkele-dagen', energie: 'enkele-dagen', onrust: 'helemaal-niet', 'uren-slaap': 7.5 } },
    { questionnaire: 'q-stemming', status: 'completed', authored: '2026-10-13 19:25', author: 'patient', answers: { plezier: 'helemaal-niet', somber: 'helemaal-niet', slaap: 'helemaal-niet', energie: 'enkele-dagen', onrust: 'helemaal-niet', 'uren-slaap': 7, toelichting: 'Het gaat goed. Ik werk nu drie dagen.' } },
    { questionnaire: 'q-ervaring', status: 'in-progress', authored: '2026-10-21 09:00' },
  ],

  appointments: [
    { status: 'fulfilled', start: '2026-02-17 09:45', minutes: 20, service: 'svc-interne-geneeskunde', with: 'prac-mulder', description: 'Controle polikliniek Interne geneeskunde (diabetes)' },
    { status: 'fulfilled', start: '2026-08-11 10:30', minutes: 30, service: 'svc-interne-geneeskunde', with: 'prac-koster', description: 'Diabetesconsult verpleegkundige' },
    { status: 'fulfilled', start: '2026-10-20 14:00', minutes: 30, service: 'svc-psychiatrie', with: 'prac-schouten', description: 'Controle polikliniek Psychiatrie' },
    { status: 'fulfilled', start: '2026-10-28 10:40', minutes: 20, service: 'svc-radiologie', description: 'Echo nieren' },
    { status: 'cancelled', start: '2026-11-04 09:15', minutes: 30, service: 'svc-oogheelkunde', with: 'prac-kok', description: 'Oogscreening diabetes (fundusfoto\'s)', cancelReason: 'Afgezegd door de curator (samenloop met een andere afspraak)' },
    { status: 'pending', start: '2026-11-09 08:30', minutes: 10, service: 'svc-interne-geneeskunde', location: 'loc-linde-bloedafname', description: 'Bloedafname (HbA1c, nierfunctie, lithiumspiegel)', comment: 'Lithium 12 uur voor de bloedafname innemen, niet op de ochtend zelf.' },
    { status: 'booked', start: '2026-11-16 11:00', minutes: 30, service: 'svc-interne-geneeskunde', with: 'prac-koster', description: 'Diabetesconsult verpleegkundige' },
    { status: 'booked', start: '2026-12-14 14:00', minutes: 30, service: 'svc-psychiatrie', with: 'prac-schouten', description: 'Controle polikliniek Psychiatrie, kennismaking met de mentor' },
    { status: 'proposed', start: '2027-01-18 09:15', minutes: 30, service: 'svc-oogheelkunde', with: 'prac-kok', description: 'Oogscreening diabetes (nieuwe afspraak)', comment: 'Na het druppelen niet zelf autorijden.' },
  ],

  threads: [
    {
      topic: 'Afspraakbrieven naar de curator', service: 'svc-psychiatrie',
      messages: [
        { sent: '2021-11-02 10:15', from: 'auth-peter-willem', text: 'Geachte dokter Schouten, als curator van de heer Bakker verzoek ik u de afspraakbrieven en rekeningen voortaan (ook) naar mij te sturen. De beschikking van de kantonrechter stuur ik mee per post. Met vriendelijke groet, P. Jansen, curator' },
        { sent: '2021-11-04 14:30', from: 'prac-schouten', text: 'Geachte heer Jansen, dank voor uw bericht. Na ontvangst van de beschikking passen wij de gegevens aan; de brieven gaan dan naar u en naar de heer Bakker. Met vriendelijke groet, C. Schouten, psychiater' },
      ],
    },
    {
      topic: 'Lithium bij warm weer', service: 'svc-psychiatrie',
      messages: [
        { sent: '2025-07-15 08:20', from: 'patient', text: 'Het wordt deze week 35 graden en ik werk buiten. Moet ik iets doen met mijn lithium?' },
        { sent: '2025-07-15 13:05', from: 'prac-schouten', text: 'Beste meneer Bakker, goed dat u het vraagt. Drink extra (minstens twee tot drie liter per dag), werk zo veel mogelijk in de schaduw en neem pauzes. Krijgt u diarree, moet u braken, wordt u erg trillerig of suf, neem dan die dag geen lithium en bel ons of de huisartsenpost. Met vriendelijke groet, C. Schouten' },
        { sent: '2025-07-15 17:45', from: 'patient', text: 'Dank u, ik neem extra water mee.' },
      ],
    },
    {
      topic: 'Hulp bij de glucosemeter', service: 'svc-interne-geneeskunde',
      messages: [
        { sent: '2026-10-23 09:40', from: 'auth-peter-willem', text: 'De glucosemeter van de heer Bakker geeft een foutmelding. Kan hij een nieuwe krijgen, of moet dat via de apotheek? Met vriendelijke groet, P. Jansen, curator' },
        { sent: '2026-10-23 15:15', from: 'prac-koster', text: 'Geachte heer Jansen, de meter kan bij de apotheek worden omgeruild als hij minder dan vier jaar oud is. Neemt de heer Bakker hem mee naar het diabetesconsult? Dan kijk ik ook naar de teststrips. Met vriendelijke groet, M. Koster, diabetesverpleegkundige' },
      ],
    },
  ],

  audit: [
    { date: '2024-01-29 09:05', who: 'prac-vos', what: 'willem-letter-3', channel: 'Huisartsenportaal Ziekenhuis De Linde' },
    { date: '2024-09-12 08:30', who: 'prac-vos', what: 'willem-report-11', channel: 'Huisartsenportaal Ziekenhuis De Linde' },
    { date: '2025-03-03 12:50', who: 'prac-vos', what: 'willem-med-1', channel: 'Huisartsenportaal Ziekenhuis De Linde' },
    { date: '2026-02-17 09:30', who: 'prac-mulder', what: 'willem-report-11' },
    { date: '2026-02-20 10:45', who: 'org-apotheek-soesterkwartier', what: 'willem-med-2', channel: 'Medicatieoverzicht via Landelijk Schakelpunt' },
    { date: '2026-10-20 13:50', who: 'prac-schouten', what: 'willem-qr-3' },
    { date: '2026-10-24 11:05', who: 'auth-peter-willem', what: 'willem-letter-5', channel: 'Patiëntenportaal Ziekenhuis De Linde' },
    { date: '2026-10-28 11:30', who: 'prac-willems', what: 'willem-imaging-1' },
  ],
};
