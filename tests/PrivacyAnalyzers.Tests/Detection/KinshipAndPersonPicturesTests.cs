using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's twenty-fourth round (issue 12), narrow record readings: a person's kinship to another kept on a person's
/// record (a dependant's, a beneficiary's, a guardian's relationship to the person), in every language the vocabulary has,
/// beside its quiet neighbour (a relationship between things); a person's picture kept as a row of an images table (User.Image
/// typed Image) beside a product's or a post's image kept the same way.
/// </summary>
public sealed class KinshipAndPersonPicturesTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_person_s_kinship_to_another_on_a_person_s_record_is_reported_in_every_language() =>
        Test("""
            public class Dependant { public int Id { get; set; } public string [|FullName|] { get; set; } = ""; public string [|Relationship|] { get; set; } = ""; }
            public class Patient { public int Id { get; set; } public string [|GuardianName|] { get; set; } = ""; public string [|GuardianRelationship|] { get; set; } = ""; }
            public class Mitarbeiter { public int Id { get; set; } public string [|Verwandtschaftsgrad|] { get; set; } = ""; }
            public class Empleado { public int Id { get; set; } public string [|Parentesco|] { get; set; } = ""; }
            public class Funcionario { public int Id { get; set; } public string [|GrauParentesco|] { get; set; } = ""; }
            public class Salarie { public int Id { get; set; } public string [|LienDeParente|] { get; set; } = ""; }
            public class Angajat { public int Id { get; set; } public string [|GradRudenie|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_relationship_between_things_stays_quiet() =>
        Test("""
            public class EntityRelationship { public int Id { get; set; } public string Relationship { get; set; } = ""; public string SourceTable { get; set; } = ""; }
            public class TableRelation { public int Id { get; set; } public string Relationship { get; set; } = ""; }
            public class TipoParentesco { public int IdTipoParentesco { get; set; } public string Descricao { get; set; } = ""; }
            public class ContratoGrauParentesco { public int Id { get; set; } public string GrauParentesco { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_person_s_image_kept_as_an_image_object_is_reported_in_every_language() =>
        Test("""
            public class Image { public int Id { get; set; } public string Url { get; set; } = ""; }
            public class Bild { public int Id { get; set; } public string Pfad { get; set; } = ""; }
            public class Imagen { public int Id { get; set; } public string Ruta { get; set; } = ""; }
            public class User { public int Id { get; set; } public string [|FirstName|] { get; set; } = ""; public string [|LastName|] { get; set; } = ""; public Image [|Image|] { get; set; } = new(); }
            public class Mitarbeiter { public int Id { get; set; } public string [|Vorname|] { get; set; } = ""; public string [|Nachname|] { get; set; } = ""; public Bild [|Bild|] { get; set; } = new(); }
            public class Cliente { public int Id { get; set; } public string [|Nombre|] { get; set; } = ""; public string [|Apellido|] { get; set; } = ""; public Imagen [|Imagen|] { get; set; } = new(); }
            """).RunAsync();

    [Fact]
    public Task A_product_s_or_a_post_s_image_object_stays_quiet() =>
        Test("""
            public class Image { public int Id { get; set; } public string Url { get; set; } = ""; }
            public class Product { public int Id { get; set; } public string Name { get; set; } = ""; public Image Image { get; set; } = new(); }
            public class Post { public int Id { get; set; } public string Title { get; set; } = ""; public Image Image { get; set; } = new(); }
            public class Service { public int Id { get; set; } public string Name { get; set; } = ""; public Image Image { get; set; } = new(); }
            """).RunAsync();
}

