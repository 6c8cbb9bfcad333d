using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirty-third round (issue 12): what a care home's, a hospital's or a social service's record keeps of one
/// person — how the person looks (hair and eye colour, build, height), who decides for the person and who treats them (a
/// legal guardian, a family doctor), the end of life (an advance directive, do-not-resuscitate, palliative care) and the
/// care level — in the six built-in languages, each beside the quiet record its false friend needs: a product's colour,
/// size and weight, a ward's palliative flag, a museum's curator.
/// </summary>
public sealed class CareRecordTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_person_s_hair_and_eye_colour_and_build_are_reported_in_every_language_a_product_s_colours_are_not() =>
        Test("""
            public class Patient { public string [|HairColor|] { get; set; } = ""; public string [|EyeColour|] { get; set; } = ""; public string [|Stature|] { get; set; } = ""; }
            public class Bewohner { public string [|Haarfarbe|] { get; set; } = ""; public string [|Augenfarbe|] { get; set; } = ""; public string [|Statur|] { get; set; } = ""; public string [|BesondereAeusserlicheKennzeichen|] { get; set; } = ""; }
            public class Beneficiario { public string [|ColorDePelo|] { get; set; } = ""; public string [|ColorOjos|] { get; set; } = ""; public string [|Complexion|] { get; set; } = ""; }
            public class Paciente { public string [|CorDoCabelo|] { get; set; } = ""; public string [|CorDosOlhos|] { get; set; } = ""; }
            public class Resident { public string [|CouleurDesCheveux|] { get; set; } = ""; public string [|CouleurYeux|] { get; set; } = ""; public string [|Corpulence|] { get; set; } = ""; }
            public class Pacient { public string [|CuloareaParului|] { get; set; } = ""; public string [|CuloareOchi|] { get; set; } = ""; }
            public class Product { public string HairColor { get; set; } = ""; public string EyeColour { get; set; } = ""; }
            public class Artikel { public string Haarfarbe { get; set; } = ""; public string Statur { get; set; } = ""; }
            public class Produto { public string CorDoCabelo { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_person_s_height_is_reported_in_german_as_in_the_other_languages_a_parcel_s_size_is_not() =>
        Test("""
            public class Patient { public int Id { get; set; } public int [|Groesse|] { get; set; } public int [|Größe|] { get; set; } }
            public class Benutzer { public int Id { get; set; } public float SchriftGroesse { get; set; } public int BildGroesse { get; set; } }
            public class Paket { public int Groesse { get; set; } public int Gewicht { get; set; } }
            public class Kunde { public int Id { get; set; } public string [|Name|] { get; set; } = ""; }
            public class Sendung { public int KundeId { get; set; } public Kunde Kunde { get; set; } = new(); public int Groesse { get; set; } }
            public class BlattGroesse { public int Id { get; set; } public string Name { get; set; } = ""; public float Breite { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_legal_guardian_and_a_family_doctor_are_named_on_a_person_s_record_in_every_language_a_museum_s_curator_is_not() =>
        Test("""
            public class Patient { public string [|LegalGuardian|] { get; set; } = ""; public string [|FamilyDoctor|] { get; set; } = ""; }
            public class Klient { public string [|Sachwalter|] { get; set; } = ""; public string [|Erwachsenenvertreter|] { get; set; } = ""; public string [|Hausarzt|] { get; set; } = ""; }
            public class Paciente { public string [|TutorLegal|] { get; set; } = ""; public string [|MedicoDeCabecera|] { get; set; } = ""; }
            public class Utente { public string [|Curador|] { get; set; } = ""; public string [|MedicoDeFamilia|] { get; set; } = ""; }
            public class Resident { public string [|Curateur|] { get; set; } = ""; public string [|MedecinTraitant|] { get; set; } = ""; }
            public class Pacient { public string [|TutoreLegal|] { get; set; } = ""; public string [|MedicDeFamilie|] { get; set; } = ""; }
            public class Exhibition { public string Curator { get; set; } = ""; public string Curador { get; set; } = ""; }
            public class Praxis { public string Hausarzt { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task An_advance_directive_palliative_care_and_a_care_level_are_a_person_s_health_in_every_language_a_ward_s_are_not() =>
        Test("""
            public class Patient { public bool [|Dnr|] { get; set; } public bool [|AdvanceDirective|] { get; set; } public bool [|Palliative|] { get; set; } public string [|CareLevel|] { get; set; } = ""; }
            public class Bewohner { public bool [|PatientenverfuegungJn|] { get; set; } public bool [|Palliativ|] { get; set; } public string [|Pflegestufe|] { get; set; } = ""; public string [|Betreuungsstufe|] { get; set; } = ""; public bool [|Behindertenausweis|] { get; set; } }
            public class Paciente { public bool [|VoluntadesAnticipadas|] { get; set; } public bool [|CuidadosPaliativos|] { get; set; } public int [|GradoDeDependencia|] { get; set; } }
            public class Utente { public bool [|DiretivasAntecipadas|] { get; set; } public int [|GrauDeDependencia|] { get; set; } }
            public class Resident { public bool [|DirectivesAnticipees|] { get; set; } public bool [|SoinsPalliatifs|] { get; set; } public int [|Gir|] { get; set; } }
            public class Pacient { public bool [|DirectiveAnticipate|] { get; set; } public bool [|Paliativ|] { get; set; } public int [|GradDeDependenta|] { get; set; } }
            public class Ward { public bool Palliative { get; set; } public string CareLevel { get; set; } = ""; }
            public class Station { public bool Palliativ { get; set; } public string Pflegestufe { get; set; } = ""; }
            public class Hotel { public string LevelOfCare { get; set; } = ""; }
            public class Pflegestufe { public int Id { get; set; } public string Name { get; set; } = ""; public decimal Betrag { get; set; } }
            """).RunAsync();

    [Fact]
    public Task An_exemption_from_a_prescription_s_co_payment_is_a_person_s_in_every_language_a_drug_s_is_not() =>
        Test("""
            public class Patient { public bool [|PrescriptionExemption|] { get; set; } public bool [|CopayExempt|] { get; set; } }
            public class Bewohner { public bool [|RezeptgebuehrbefreiungJn|] { get; set; } public bool [|Zuzahlungsbefreiung|] { get; set; } }
            public class Paciente { public bool [|ExencionDeCopago|] { get; set; } }
            public class Utente { public bool [|IsencaoDeTaxasModeradoras|] { get; set; } }
            public class Resident { public bool [|ExonerationTicketModerateur|] { get; set; } }
            public class Pacient { public bool [|ScutireDeCoplata|] { get; set; } }
            public class Drug { public bool PrescriptionExemption { get; set; } public bool CopayExempt { get; set; } }
            public class Medikament { public bool Zuzahlungsbefreiung { get; set; } }
            public class Medicamento { public bool ExencionDeCopago { get; set; } }
            """).RunAsync();
}
