// Daan de Vries (17, 18 op 2026-11-26): licht verstandelijke beperking,
// epilepsie na resectie van een ganglioglioom (kinderneurologie), nazorg bij
// het Kinderoncologisch Centrum Zuid (kinderoncologie; die afspraken verbergt
// het portaal), niet-aangeboren hersenletsel (revalidatie). Daan kan niet
// zelf beslissen: de machtiging van zijn moeder loopt tot zijn achttiende.

export default {
  reports: [
    {
      date: '2016-05-10 10:30', author: 'prac-visser', contact: 'AMB', title: 'Analyse ontwikkelingsachterstand',
      text: `
        Anamnese:
        Jongen van zeven jaar, verwezen wegens leerproblemen en een achterstand in taal en motoriek. Zwangerschap en bevalling zonder bijzonderheden. Liep met achttien maanden, sprak de eerste woordjes met twee jaar. Zit in groep 3 en kan nog niet lezen. Sociaal vriendelijk, snel overprikkeld. Geen epileptische aanvallen, geen regressie.

        Lichamelijk onderzoek:
        Lengte P25, gewicht P25, schedelomtrek P40. Geen dysmorfe kenmerken, normale huid zonder café-au-laitvlekken. Neurologisch onderzoek: lichte fijnmotorische onhandigheid, verder normaal.

        Aanvullend onderzoek:
        Psychologisch onderzoek (WISC): totaal IQ 68 met een harmonisch profiel. Genetisch onderzoek (SNP-array, fragiele X) zonder afwijkingen. Gehoor en visus normaal.

        Conclusie:
        Licht verstandelijke beperking (LVB) zonder aangetoonde oorzaak.

        Beleid:
        Advies speciaal basisonderwijs, logopedie en ondersteuning via het wijkteam. Uitleg aan de ouders. Geen vaste controles; bij nieuwe klachten kan de huisarts opnieuw verwijzen.
      `,
    },
    {
      date: '2021-03-04 16:00', author: 'prac-meijer', contact: 'IMP', type: 'discharge', title: 'Ontslag na eerste epileptische aanval',
      text: `
        Opnamereden:
        Twaalfjarige jongen met een licht verstandelijke beperking, thuis gevonden met staren en smakken, gevolgd door een gegeneraliseerde tonisch-clonische aanval van vier minuten. Postictaal suf gedurende een uur. Niet febriel.

        Bevindingen:
        Bij aankomst op de SEH postictaal, geen lateralisatie. Glucose en elektrolyten normaal. CT hersenen: hypodense afwijking in de linker temporaalkwab met een kleine verkalking, geen massawerking, geen bloeding.

        Beloop:
        Geen nieuwe aanvallen tijdens de opname. EEG: focale vertraging en scherpe golven links temporaal. MRI hersenen met contrast verricht: zie het poliklinische vervolg.

        Conclusie:
        Focale aanval met bewustzijnsverlies, overgaand in een bilateraal tonisch-clonische aanval, bij een afwijking in de linker temporaalkwab.

        Beleid:
        Uitslag MRI en start anti-epileptica op de polikliniek over vijf dagen. Uitleg aan de ouders over wat te doen bij een aanval; niet alleen zwemmen of in bad.
      `,
    },
    {
      date: '2021-03-09 11:20', author: 'prac-meijer', contact: 'AMB', title: 'Uitslag MRI hersenen',
      text: `
        Anamnese:
        Sinds het ontslag geen nieuwe aanvallen. Daan is moe en heeft hoofdpijn. Ouders zijn erg geschrokken.

        Aanvullend onderzoek:
        MRI hersenen met contrast: corticaal-subcorticale laesie van 22 mm in de linker mesiale temporaalkwab, deels cysteus met een aankleurend nodulair deel en kleine calcificaties, zonder oedeem of massawerking. Beeld passend bij een laaggradige tumor; dd ganglioglioom, dysembryoplastische neuro-epitheliale tumor (DNET).

        Conclusie:
        Symptomatische focale epilepsie door een laaggradige tumor in de linker temporaalkwab.

        Beleid:
        Start levetiracetam 250 mg tweemaal daags, na een week 500 mg tweemaal daags. Verwijzing naar het Kinderoncologisch Centrum Zuid voor bespreking in het neuro-oncologisch team en beoordeling van een resectie; met de ouders besproken. Daan is vanwege zijn beperking in eenvoudige woorden uitgelegd wat er gaat gebeuren.
      `,
    },
    {
      date: '2021-05-18 13:30', author: 'prac-dekker', contact: 'AMB', title: 'Nacontrole na resectie ganglioglioom',
      text: `
        Anamnese:
        Zes weken na de resectie van de laesie in de linker temporaalkwab door de kinderneurochirurg. Herstel voorspoedig, wond genezen. Geen aanvallen sinds de operatie. Meer moeite met onthouden en woorden vinden dan voorheen, volgens moeder. Gebruikt levetiracetam.

        Lichamelijk onderzoek:
        Alert. Geen hemiparese, geen gezichtsvelduitval bij confrontatieonderzoek, lichte woordvindingsproblemen.

        Aanvullend onderzoek:
        Pathologisch onderzoek (PA): ganglioglioom, WHO-graad 1, BRAF V600E-mutatie aanwezig. Postoperatieve MRI: macroscopisch complete resectie.

        Conclusie:
        Status na complete resectie van een ganglioglioom WHO-graad 1 in de linker temporaalkwab. Postoperatief lichte taal- en geheugenproblemen.

        Beleid:
        Geen chemotherapie of radiotherapie nodig. MRI-controles volgens protocol: na zes maanden, daarna jaarlijks. Behandeling van de epilepsie blijft bij de kinderneuroloog. Verwijzing naar de revalidatiearts voor het niet-aangeboren hersenletsel.
      `,
    },
    {
      date: '2021-08-24 14:45', author: 'prac-meijer', contact: 'AMB', title: 'Controle epilepsie: bijwerkingen levetiracetam',
      text: `
        Anamnese:
        Geen aanvallen sinds de operatie. Sinds de start van levetiracetam is Daan veel prikkelbaarder: woedeaanvallen, schoppen en slaan naar zijn broertje, op school tweemaal naar huis gestuurd. Ouders willen stoppen met het middel.

        Lichamelijk onderzoek:
        Neurologisch onderzoek ongewijzigd. Rusteloos tijdens het gesprek.

        Aanvullend onderzoek:
        EEG: lichte vertraging links temporaal, geen epileptiforme afwijkingen.

        Conclusie:
        Focale epilepsie na resectie van een ganglioglioom, aanvalsvrij. Gedragsbijwerkingen van levetiracetam (agressie, prikkelbaarheid).

        Beleid:
        Omzetten naar valproïnezuur: opbouwen tot 500 mg tweemaal daags en tegelijk levetiracetam in twee weken afbouwen. Uitleg over bijwerkingen van valproïnezuur (gewichtstoename, haaruitval, trillen, trombocytopenie, zelden leverschade). Bloedonderzoek (bloedbeeld, ALAT, spiegel) na zes weken. Controle over drie maanden.
      `,
    },
    {
      date: '2021-10-12 10:00', author: 'prac-brouwer', contact: 'AMB', title: 'Intake revalidatie na hersenletsel',
      text: `
        Aanmelding:
        Verwezen door de kinderoncoloog wegens niet-aangeboren hersenletsel (NAH) na de resectie van een ganglioglioom links temporaal, bij een bestaande licht verstandelijke beperking.

        Anamnese (met ouders):
        Daan is sinds de operatie sneller moe, vergeetachtig en heeft moeite met het vinden van woorden. Op school (speciaal onderwijs) lukt het maar halve dagen. Thuis boos bij veranderingen. Gedrag rustiger sinds de overstap naar valproïnezuur.

        Onderzoek:
        Neurologisch geen uitval. Fijne motoriek en evenwicht voldoende. Vermoeibaarheid groot.

        Conclusie:
        Niet-aangeboren hersenletsel met cognitieve problemen (geheugen, taal, tempo) en vermoeidheid, bovenop een licht verstandelijke beperking.

        Beleid:
        Poliklinisch revalidatietraject: neuropsychologisch onderzoek, ergotherapie (dagstructuur, energieverdeling), logopedie (woordvinding) en psycho-educatie voor ouders en school. Teamoverleg over drie maanden.
      `,
    },
    {
      date: '2022-02-15 15:30', author: 'prac-brouwer', contact: 'AMB', title: 'Evaluatie revalidatietraject',
      text: `
        Anamnese:
        Daan volgt sinds drie maanden ergotherapie en logopedie. Hij gebruikt een dagplanning met pictogrammen en neemt twee rustmomenten per dag. Gaat nu vier ochtenden naar school. Woordvinding iets beter. Obstipatie door weinig bewegen, behandeld met macrogol.

        Neuropsychologisch onderzoek:
        Vertraagde informatieverwerking, zwak verbaal geheugen, beperkte planning en flexibiliteit; visueel geheugen relatief sterk. Totaal IQ 65, passend bij de eerdere meting.

        Conclusie:
        Niet-aangeboren hersenletsel met cognitieve problemen en vermoeidheid, in verbetering met revalidatie.

        Beleid:
        Ergotherapie en logopedie voortzetten tot de zomer. Advies aan school: korte instructies, visuele ondersteuning, vaste rustmomenten. Ouders aangemeld voor een oudercursus NAH. Vanwege de beperkingen zal Daan ook later hulp nodig hebben bij belangrijke beslissingen; dit bespreken we verder in de transitieperiode. Controle over een half jaar.
      `,
    },
    {
      date: '2022-06-21 09:15', author: 'prac-meijer', contact: 'AMB', title: 'Controle epilepsie onder valproïnezuur',
      text: `
        Anamnese:
        Negen maanden aanvalsvrij. Gedrag veel rustiger sinds de overstap van levetiracetam naar valproïnezuur. Eetlust toegenomen, drie kilo aangekomen. Geen haaruitval, geen tremor. Moeder geeft de medicatie met een weekdoos.

        Lichamelijk onderzoek:
        Gewicht van P25 naar P40. Neurologisch onderzoek: geen uitval, geen tremor.

        Aanvullend onderzoek:
        Valproïnezuur dalspiegel 78 mg/L (therapeutisch). Trombocyten 212 x10^9/L, ALAT normaal, ammoniak normaal.

        Conclusie:
        Focale epilepsie na resectie van een ganglioglioom, aanvalsvrij onder valproïnezuur. Lichte gewichtstoename.

        Beleid:
        Valproïnezuur 500 mg tweemaal daags continueren. Voedings- en beweegadvies; aanmelding bij een aangepaste sportclub. Na twee jaar aanvalsvrijheid bespreken we het afbouwen. Jaarlijks bloedonderzoek. Controle over een half jaar.
      `,
    },
    {
      date: '2023-04-25 14:00', author: 'prac-dekker', contact: 'VR', type: 'note', title: 'Telefonisch consult uitslag MRI na twee jaar',
      text: `
        Telefonisch consult met moeder, op haar verzoek zonder Daan, omdat hij erg gespannen raakt van ziekenhuisgesprekken.

        Uitslag:
        De MRI van de hersenen, twee jaar na de resectie van het ganglioglioom, toont een stabiele resectieholte in de linker temporaalkwab zonder aankleuring en zonder aanwijzingen voor een recidief van de tumor.

        Anamnese:
        Daan is aanvalsvrij, gaat naar het voortgezet speciaal onderwijs en heeft een vaste dagstructuur. Vermoeidheid blijft zijn grootste probleem.

        Conclusie:
        Status na complete resectie van een ganglioglioom WHO-graad 1, zonder recidief.

        Beleid:
        MRI-controle voortaan jaarlijks tot vijf jaar na de operatie, daarna overdracht naar de LATER-zorg voor langetermijnnazorg. Moeder legt de uitslag thuis uit met de plaatjes van de vorige keer.
      `,
    },
    {
      date: '2023-11-09 12:30', author: 'prac-meijer', contact: 'IMP', type: 'discharge', title: 'Ontslag na aanval bij koorts',
      text: `
        Opnamereden:
        Daan (14) had thuis bij koorts tot 39,4 °C door een keelontsteking een tonisch-clonische aanval die na tien minuten nog niet stopte. Ambulance gaf midazolam buccaal, waarna de aanval stopte.

        Bevindingen:
        Postictaal suf, na twee uur weer op zijn niveau. Geen meningeale prikkeling. CRP 42 mg/L, leukocytose. Valproïnezuur spiegel 58 mg/L (laag-therapeutisch); moeder vermoedt dat hij tabletten heeft uitgespuugd. Geen nieuwe afwijkingen bij neurologisch onderzoek.

        Beloop:
        Antibiotica voor de tonsillitis. Clobazam 10 mg tweemaal daags gedurende een week als tijdelijke bescherming. Geen nieuwe aanvallen.

        Conclusie:
        Doorbraakaanval (langer dan vijf minuten) bij koorts en een lage spiegel, bij bekende focale epilepsie.

        Beleid:
        Noodmedicatie midazolam oromucosaal 10 mg voorgeschreven met een instructie voor school en thuis. Medicatie-inname controleren. Valproïnezuur ongewijzigd, spiegel over een maand.
      `,
    },
    {
      date: '2024-05-14 10:40', author: 'prac-brouwer', contact: 'AMB', title: 'Revalidatie: school en vermoeidheid',
      text: `
        Anamnese:
        Daan (15) gaat naar het praktijkonderwijs en loopt stage in een groentewinkel. Na schooldagen is hij uitgeput en boos; in het weekend slaapt hij tot de middag. Reist met de taxi. Wil graag zelf met de bus kunnen gaan.

        Onderzoek:
        Goede motoriek. Rustig contact, begrijpt korte zinnen en vraagt zelf om herhaling.

        Conclusie:
        Niet-aangeboren hersenletsel met ernstige vermoeidheid bij toegenomen belasting, naast een licht verstandelijke beperking.

        Beleid:
        Ergotherapie opnieuw gestart voor energiemanagement (activiteitenweger) en een training reizen met het openbaar vervoer. Advies aan school: stage verdelen over vier kortere dagen. Gezinsbegeleiding via het wijkteam. Met de ouders besproken dat Daan ook na zijn achttiende hulp nodig heeft bij beslissingen over zorg en geld; zij gaan zich oriënteren op mentorschap en bewind. Controle over een jaar.
      `,
    },
    {
      date: '2025-03-18 15:15', author: 'prac-meijer', contact: 'AMB', title: 'Controle epilepsie en wilsbekwaamheid',
      text: `
        Anamnese:
        Sinds de aanval bij koorts ruim een jaar aanvalsvrij. Medicatie-inname gaat goed met de weekdoos en een wekker op de telefoon. Daan vraagt of hij later brommer mag rijden.

        Aanvullend onderzoek:
        EEG: geen epileptiforme afwijkingen. Valproïnezuur spiegel 80 mg/L, trombocyten 176 x10^9/L, ALAT normaal.

        Conclusie:
        Focale epilepsie na resectie van een ganglioglioom, aanvalsvrij onder valproïnezuur.

        Beleid:
        Valproïnezuur continueren; afbouwen pas overwegen na de transitie. Uitleg over rijgeschiktheid: na een jaar aanvalsvrijheid is een brommer mogelijk met een keuring. Wilsbekwaamheid besproken: Daan kan eenvoudige keuzes maken, maar overziet de gevolgen van medische beslissingen niet. Hij is voor medische beslissingen niet in staat zijn wil te bepalen; ouders vragen vóór zijn achttiende mentorschap aan bij de kantonrechter.
      `,
    },
    {
      date: '2025-10-21 11:00', author: 'prac-dekker', contact: 'AMB', title: 'Jaarlijkse controle kinderoncologie',
      text: `
        Anamnese:
        Daan is met zijn moeder op de polikliniek. Geen hoofdpijn, geen braken, geen nieuwe neurologische klachten. Aanvalsvrij. Hij vertelt trots over zijn stage.

        Lichamelijk onderzoek:
        Lengte P20, gewicht P40. Neurologisch onderzoek ongewijzigd: lichte woordvindingsproblemen, geen uitval.

        Aanvullend onderzoek:
        MRI hersenen: stabiele resectieholte links temporaal, geen aankleuring, geen recidief.

        Conclusie:
        Status na complete resectie van een ganglioglioom WHO-graad 1, viereneenhalf jaar zonder recidief.

        Beleid:
        Laatste MRI binnen het oncologische protocol over een jaar, daarna overgang naar de LATER-polikliniek voor langetermijnnazorg (cognitie, groei, puberteit). Overdracht aan de volwassenenzorg gebeurt samen met de kinderneuroloog. Moeder ontvangt informatie over de LATER-zorg.
      `,
    },
    {
      date: '2026-09-15 14:20', author: 'prac-meijer', contact: 'AMB', title: 'Controle epilepsie en transitie',
      text: `
        Anamnese:
        Sinds het voorjaar vier korte focale aanvallen (staren en smakken, minder dan een minuut), steeds na een nacht met weinig slaap; genoteerd in het aanvalsdagboek. Geen tonisch-clonische aanvallen, noodmedicatie niet nodig. Daan wordt over twee maanden achttien.

        Lichamelijk onderzoek:
        Neurologisch onderzoek ongewijzigd. Gewicht stabiel.

        Aanvullend onderzoek:
        Valproïnezuur dalspiegel 52 mg/L (laag-therapeutisch). Trombocyten en ALAT normaal.

        Conclusie:
        Focale epilepsie na resectie van een ganglioglioom, met recidief van focale aanvallen bij slaaptekort en een lage spiegel.

        Beleid:
        Valproïnezuur verhogen naar 750 mg tweemaal daags, spiegel en ammoniak over zes weken. Slaaphygiëne besproken. Transitie: overdracht naar de neuroloog voor volwassenen gepland. De kantonrechter heeft mentorschap voor de ouders in behandeling. Tot zijn achttiende verjaardag heeft moeder toegang tot het portaal; daarna via het mentorschap. Transitiegesprek over twee maanden.
      `,
    },
  ],

  letters: [
    {
      date: '2021-03-10 09:00', author: 'prac-meijer', title: 'Brief aan huisarts: epilepsie en afwijking temporaalkwab',
      text: `
        Uw patiënt Daan (12 jaar) werd opgenomen na een eerste epileptische aanval: een focale aanval met bewustzijnsverlies, overgaand in een bilateraal tonisch-clonische aanval.

        De MRI van de hersenen toont een laesie van 22 mm in de linker temporaalkwab, passend bij een laaggradige tumor (dd ganglioglioom, DNET). Het EEG toont focale afwijkingen links temporaal.

        Wij zijn gestart met levetiracetam 500 mg tweemaal daags en hebben Daan verwezen naar het Kinderoncologisch Centrum Zuid voor de beoordeling van een resectie. Wij houden u op de hoogte.
      `,
    },
    {
      date: '2021-05-20 10:30', author: 'prac-dekker', title: 'Brief aan huisarts en kinderneuroloog: uitslag PA',
      text: `
        Bij uw patiënt Daan werd in ons centrum een resectie verricht van een laesie in de linker temporaalkwab. Het pathologisch onderzoek toont een ganglioglioom, WHO-graad 1, met een BRAF V600E-mutatie. De postoperatieve MRI toont een complete resectie.

        Aanvullende behandeling met chemotherapie of radiotherapie is niet nodig. Wij vervolgen Daan met MRI-controles na zes maanden en daarna jaarlijks.

        De behandeling van de epilepsie blijft bij de kinderneuroloog van Ziekenhuis De Linde. Voor de taal- en geheugenproblemen hebben wij hem verwezen naar de revalidatiearts.
      `,
    },
    {
      date: '2023-11-10 09:20', author: 'prac-meijer', format: 'pdf', title: 'Ontslagbrief Kinderneurologie: aanval bij koorts',
      text: `
        Uw patiënt Daan werd opgenomen na een tonisch-clonische aanval van meer dan tien minuten bij koorts door een tonsillitis. De aanval stopte na midazolam buccaal door de ambulance.

        De valproïnezuur spiegel was laag-therapeutisch (58 mg/L). Daan kreeg antibiotica en gedurende een week clobazam 10 mg tweemaal daags.

        Nieuw voorgeschreven: midazolam oromucosaal 10 mg als noodmedicatie bij een aanval van langer dan vijf minuten. De ouders en school hebben een instructie gekregen. Wilt u de medicatie-inname mee bewaken? Controle op onze polikliniek over drie maanden.
      `,
    },
    {
      date: '2024-05-16 11:00', author: 'prac-brouwer', format: 'html', title: 'Brief aan school en huisarts: adviezen na revalidatieconsult',
      to: 'de huisarts en (met toestemming van de ouders) de mentor van school',
      salutation: 'Geachte collega en mentor,',
      html: `
        <p>Daan heeft niet-aangeboren hersenletsel naast een licht verstandelijke beperking. Zijn grootste probleem is <strong>vermoeidheid</strong>.</p>
        <p>Onze adviezen voor school en stage:</p>
        <ul>
          <li>Stage verdelen over vier kortere dagen, met een vaste rustpauze.</li>
          <li>Korte instructies, één opdracht tegelijk, met visuele ondersteuning.</li>
          <li>Veranderingen in het rooster vooraf aankondigen.</li>
        </ul>
        <p>De ergotherapeut oefent met Daan het reizen met de bus.</p>
      `,
    },
    {
      date: '2026-09-17 08:30', author: 'prac-meijer', title: 'Brief aan huisarts: verhoging valproïnezuur en transitie',
      text: `
        Daan (bijna 18) had sinds het voorjaar vier korte focale aanvallen bij slaaptekort, met een laag-therapeutische valproïnezuur spiegel van 52 mg/L.

        Wij hebben valproïnezuur verhoogd naar 750 mg tweemaal daags; spiegel en ammoniak volgen over zes weken.

        Daan is niet in staat zelf medische beslissingen te nemen. De ouders hebben mentorschap aangevraagd. De overdracht naar de neuroloog voor volwassenen wordt voorbereid; een transitiegesprek volgt over twee maanden.
      `,
    },
  ],

  referrals: [
    {
      date: '2016-04-12 14:10', gp: 'prac-hendriks', service: 'svc-kindergeneeskunde', title: 'Verwijzing Kindergeneeskunde: ontwikkelingsachterstand',
      text: `
        Reden van verwijzing:
        Jongen van zeven jaar met een achterstand in taal, lezen en motoriek. School maakt zich zorgen. Geen epilepsie, geen regressie.

        Vraagstelling:
        Graag uw analyse naar de oorzaak van de ontwikkelingsachterstand en een advies voor ondersteuning.

        Medicatie:
        Geen.
      `,
    },
    {
      date: '2021-09-21 09:30', gp: 'prac-hendriks', service: 'svc-revalidatie', format: 'docx', title: 'Verwijzing Revalidatie: niet-aangeboren hersenletsel',
      text: `
        Reden van verwijzing:
        Twaalfjarige jongen, status na resectie van een ganglioglioom links temporaal, met sindsdien geheugen- en woordvindingsproblemen en vermoeidheid. Bekend met een licht verstandelijke beperking en epilepsie. Op advies van de kinderoncoloog.

        Vraagstelling:
        Graag revalidatietraject voor niet-aangeboren hersenletsel, met advies voor school.

        Medicatie:
        Valproïnezuur 500 mg tweemaal daags.
      `,
    },
  ],

  goals: [
    { text: 'Geen epileptische aanvallen', status: 'active', achievement: 'not-achieved', start: '2021-08-24', due: '2027-09-15', by: 'prac-meijer', note: 'Sinds het voorjaar enkele korte aanvallen bij slaaptekort; dosis verhoogd.' },
    { text: 'Zelfstandig met de bus naar school en stage', status: 'active', achievement: 'improving', start: '2024-05-14', due: '2026-12-31', by: 'prac-brouwer' },
    { text: 'Dagstructuur met twee rustmomenten', status: 'active', achievement: 'sustaining', start: '2021-10-12', due: '2027-10-12', by: 'prac-brouwer' },
    { text: 'Medicijnen zelf klaarzetten in de weekdoos', status: 'active', achievement: 'in-progress', start: '2025-03-18', due: '2026-11-26', by: 'prac-meijer' },
    { text: 'Overdracht naar de volwassenenzorg rond de achttiende verjaardag', status: 'active', achievement: 'in-progress', start: '2026-09-15', due: '2027-03-01', by: 'prac-meijer' },
  ],

  medications: [
    {
      name: 'Valproïnezuur tablet met gereguleerde afgifte 500 mg', atc: 'N03AG01', atcName: 'valproic acid', status: 'active', since: '2026-09-15', by: 'prac-meijer', reason: 'Epilepsie',
      dose: { text: '2x per dag 1,5 tablet (750 mg)', value: 1.5, unit: 'tablet', frequency: 2 }, repeats: 3,
    },
    {
      name: 'Midazolam oromucosale oplossing 10 mg', atc: 'N05CD08', atcName: 'midazolam', status: 'active', since: '2023-11-09', by: 'prac-meijer', reason: 'Noodmedicatie bij een aanval',
      dose: { text: 'Bij een aanval langer dan 5 minuten: 10 mg in de wangzak; na 10 minuten zonder effect 112 bellen', value: 10, unit: 'mg', asNeeded: true, route: 'oromucosaal' }, repeats: 1,
    },
    {
      name: 'Valproïnezuur tablet met gereguleerde afgifte 500 mg', atc: 'N03AG01', atcName: 'valproic acid', status: 'stopped', since: '2021-08-24', by: 'prac-meijer', reason: 'Epilepsie',
      dose: { text: '2x per dag 1 tablet', value: 1, unit: 'tablet', frequency: 2 },
      stopReason: 'Dosis verhoogd; vervangen door een nieuw voorschrift',
    },
    {
      name: 'Levetiracetam tablet 500 mg', atc: 'N03AX14', atcName: 'levetiracetam', status: 'stopped', since: '2021-03-09', by: 'prac-meijer', reason: 'Epilepsie',
      dose: { text: '2x per dag 1 tablet', value: 1, unit: 'tablet', frequency: 2 },
      stopReason: 'Gestopt wegens bijwerkingen (agressief en prikkelbaar gedrag)',
    },
    {
      name: 'Clobazam tablet 10 mg', atc: 'N05BA09', atcName: 'clobazam', status: 'completed', since: '2023-11-08', until: '2023-11-15', by: 'prac-meijer', reason: 'Tijdelijke bescherming na een aanval bij koorts',
      dose: { text: '2x per dag 1 tablet gedurende 7 dagen', value: 1, unit: 'tablet', frequency: 2 },
    },
    {
      name: 'Macrogol/elektrolyten poeder voor drank 13,7 g', atc: 'A06AD65', atcName: 'macrogol, combinations', status: 'stopped', since: '2022-02-15', by: 'prac-brouwer',
      dose: { text: '1x per dag 1 sachet opgelost in water', value: 1, unit: 'sachet', frequency: 1 },
    },
  ],

  vitals: [
    { kind: 'weight', growth: { z: -0.2 }, dates: { from: '2016-05-10', to: '2026-09-15', count: 12 } },
    { kind: 'height', growth: { z: -0.8 }, dates: { from: '2016-05-10', to: '2026-09-15', count: 12 } },
    { kind: 'bloodPressure', dates: { from: '2021-03-02', to: '2026-09-15', count: 10 }, systolic: [106, 118], diastolic: [64, 72], noise: 3 },
    { kind: 'heartRate', dates: { from: '2021-03-02', to: '2026-09-15', count: 10 }, value: [88, 72], sd: 4, at: { '2023-11-07': 124 } },
    { kind: 'temperature', dates: { from: '2021-03-02', to: '2026-09-15', count: 10 }, value: 36.8, sd: 0.2, at: { '2023-11-07': 39.4, '2023-11-08': 38.1 } },
  ],

  labs: {
    preliminaryFrom: '2026-10-27',
    panels: [
      {
        name: 'Anti-epileptica, bloedbeeld en leverfunctie',
        dates: ['2021-10-05', '2021-11-09', '2022-06-14', '2023-04-18', '2023-11-07', '2023-12-12', '2024-05-07', '2025-03-11', '2025-10-14', '2026-09-08', '2026-10-27'],
        tests: {
          valproaat: { values: [62, 71, 78, 74, 58, 79, 76, 80, 72, 52, 84] },
          trombo: { values: [298, 262, 212, 205, 188, 192, 181, 176, 171, 184, 147] },
          alat: { values: [18, 22, 24, 21, 27, 23, 22, 25, 24, 21, 29] },
          hb: [8.1, 9.0],
        },
      },
      { name: 'Ammoniak', dates: ['2021-11-09', '2023-11-07', '2026-10-27'], tests: { ammoniak: { values: [34, 41, 58] } } },
      { name: 'Infectieparameters', dates: ['2021-03-02', '2023-11-07'], tests: { crp: { values: [2, 42] }, leuko: { values: [7.4, 15.1] } } },
      { name: 'Elektrolyten en glucose', dates: ['2021-03-02', '2023-11-07'], tests: { natrium: 139, glucose: { values: [5.2, 6.4] } } },
    ],
  },

  questionnaires: [
    { questionnaire: 'q-aanvalsdagboek', status: 'completed', authored: '2026-04-12 21:30', author: 'auth-sanne-daan', answers: { datum: '2026-04-12', aantal: 1, soort: 'focaal', duur: 0.5, noodmedicatie: false, bijzonderheden: 'Na een logeerpartij, weinig geslapen.' } },
    { questionnaire: 'q-aanvalsdagboek', status: 'completed', authored: '2026-05-30 10:05', author: 'auth-sanne-daan', answers: { datum: '2026-05-30', aantal: 1, soort: 'focaal', duur: 1, noodmedicatie: false } },
    { questionnaire: 'q-aanvalsdagboek', status: 'completed', authored: '2026-07-19 22:40', author: 'auth-sanne-daan', answers: { datum: '2026-07-19', aantal: 1, soort: 'focaal', duur: 0.5, noodmedicatie: false, bijzonderheden: 'Op vakantie, laat naar bed.' } },
    { questionnaire: 'q-aanvalsdagboek', status: 'completed', authored: '2026-08-28 08:15', author: 'auth-sanne-daan', answers: { datum: '2026-08-27', aantal: 1, soort: 'focaal', duur: 0.8, noodmedicatie: false, bijzonderheden: 'Avondmedicatie vergeten.' } },
    { questionnaire: 'q-aanvalsdagboek', status: 'completed', authored: '2026-10-24 19:50', author: 'auth-sanne-daan', answers: { datum: '2026-10-24', aantal: 0, noodmedicatie: false, bijzonderheden: 'Vier weken zonder aanvallen sinds de verhoging.' } },
    { questionnaire: 'q-kwaliteit-van-leven-kind', status: 'in-progress', authored: '2026-10-26 20:00', author: 'auth-sanne-daan', answers: { 'ingevuld-door': 'samen', 'lichaam-sport': 'soms', 'lichaam-pijn': 'nooit', 'lichaam-moe': 'vaak' } },
  ],

  appointments: [
    { status: 'fulfilled', start: '2025-10-21 11:00', minutes: 30, service: 'svc-kinderoncologie', with: 'prac-dekker', location: 'loc-kocz-poli', description: 'Jaarlijkse controle Kinderoncologie' },
    { status: 'fulfilled', start: '2026-06-09 10:30', minutes: 30, service: 'svc-revalidatie', with: 'prac-brouwer', description: 'Controle polikliniek Revalidatie' },
    { status: 'fulfilled', start: '2026-09-15 14:20', minutes: 30, service: 'svc-kinderneurologie', with: 'prac-meijer', description: 'Controle polikliniek Kinderneurologie' },
    { status: 'fulfilled', start: '2026-10-27 08:15', minutes: 10, service: 'svc-kinderneurologie', location: 'loc-linde-bloedafname', description: 'Bloedafname (valproïnezuur spiegel en ammoniak)' },
    { status: 'cancelled', start: '2026-11-04 15:00', minutes: 45, service: 'svc-revalidatie', with: 'prac-brouwer', description: 'Ergotherapie: oefenen met reizen', cancelReason: 'Afgezegd door de polikliniek; nieuwe afspraak volgt' },
    { status: 'booked', start: '2026-11-12 09:00', minutes: 45, service: 'svc-kinderoncologie', location: 'loc-kocz-beeldvorming', description: 'MRI hersenen (jaarlijkse controle)', comment: 'Nuchter vanaf 7.00 uur in verband met eventuele sedatie.' },
    { status: 'booked', start: '2026-11-19 11:30', minutes: 30, service: 'svc-kinderoncologie', with: 'prac-dekker', location: 'loc-kocz-poli', description: 'Uitslaggesprek MRI Kinderoncologie' },
    { status: 'booked', start: '2026-11-24 15:00', minutes: 45, service: 'svc-kinderneurologie', with: 'prac-meijer', description: 'Transitiegesprek Kinderneurologie' },
    { status: 'proposed', start: '2027-01-14 13:30', minutes: 30, service: 'svc-revalidatie', with: 'prac-brouwer', description: 'Evaluatie revalidatie en overdracht naar de volwassenenzorg' },
  ],

  threads: [
    {
      topic: 'Wanneer noodmedicatie geven?', service: 'svc-kinderneurologie',
      messages: [
        { sent: '2023-11-20 20:40', from: 'auth-sanne-daan', text: 'Beste dokter Meijer, op school vragen ze wanneer ze de midazolam moeten geven. Daan had vandaag een aanval van ongeveer twee minuten. Had dat dan al gemoeten? Met vriendelijke groet, Sanne de Vries (moeder)' },
        { sent: '2023-11-21 11:25', from: 'prac-meijer', text: 'Beste mevrouw De Vries, de midazolam is alleen nodig als een aanval langer dan vijf minuten duurt, of als de aanvallen elkaar snel opvolgen zonder dat Daan tussendoor bijkomt. Bij een aanval van twee minuten: veilig neerleggen, tijd bijhouden, niets in de mond. Dit staat ook in de instructie voor school. Wilt u de aanval noteren in het aanvalsdagboek? Met vriendelijke groet, S. Meijer, kinderneuroloog' },
      ],
    },
    {
      topic: 'Moe na schooldagen', service: 'svc-revalidatie',
      messages: [
        { sent: '2024-05-28 21:15', from: 'auth-sanne-daan', text: 'Daan is na de stagedagen zo moe dat hij niet meer wil eten en boos wordt. Kan de ergotherapeut eerder komen dan gepland?' },
        { sent: '2024-05-29 14:02', from: 'prac-brouwer', text: 'Beste mevrouw De Vries, ik heb de ergotherapeut gevraagd u deze week te bellen voor een eerdere afspraak. Probeer tot die tijd na de stage een vast rustmoment van een half uur zonder scherm. Met vriendelijke groet, I. Brouwer, revalidatiearts' },
      ],
    },
    {
      topic: 'Toegang tot het portaal na zijn achttiende', service: 'svc-kinderneurologie',
      messages: [
        { sent: '2026-09-22 19:30', from: 'auth-sanne-daan', text: 'Daan wordt eind november achttien. Kan ik daarna nog in zijn dossier kijken en berichten sturen? De aanvraag voor mentorschap loopt nog bij de rechtbank.' },
        { sent: '2026-09-23 10:45', from: 'prac-meijer', text: 'Beste mevrouw De Vries, uw toegang als ouder loopt tot Daans achttiende verjaardag; het portaal laat dat vooraf zien. Zodra de kantonrechter u als mentor heeft benoemd, kunt u de beschikking naar de afdeling Patiëntenadministratie sturen; dan wordt uw toegang als mentor geregeld. Het transitiegesprek gaat gewoon door. Met vriendelijke groet, S. Meijer' },
        { sent: '2026-09-23 12:10', from: 'auth-sanne-daan', text: 'Dank u, dan stuur ik de beschikking zodra we die hebben.' },
      ],
    },
  ],

  audit: [
    { date: '2023-11-13 09:10', who: 'prac-hendriks', what: 'daan-letter-3', channel: 'Huisartsenportaal Ziekenhuis De Linde' },
    { date: '2025-10-20 16:45', who: 'prac-dekker', what: 'daan-report-12', via: 'org-kocz', channel: 'Regionaal uitwisselingsnetwerk (inzage Kinderoncologisch Centrum Zuid)' },
    { date: '2026-06-09 10:15', who: 'prac-brouwer', what: 'daan-report-11' },
    { date: '2026-09-15 14:02', who: 'prac-meijer', what: 'daan-qr-4' },
    { date: '2026-09-21 08:40', who: 'org-apotheek-lombok', what: 'daan-med-1', channel: 'Medicatieoverzicht via Landelijk Schakelpunt' },
    { date: '2026-10-28 13:25', who: 'prac-meijer', what: 'daan-labreport-18' },
  ],
};
