using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirty-third round (issue 12): a dating or a social profile's own words in six languages — the name a person
/// goes by (KnownAs, ConocidoComo, ConhecidoComo, CunoscutCa), when they were last active (LastActive, ZuletztAktiv,
/// UltimaConexion, UltimaAtividade, DerniereConnexion, UltimaActivitate) and what they write of themselves (Introduction,
/// LookingFor, UeberMich, SobreMi, SobreMim, AProposDeMoi, DespreMine) on their own record. A course's introduction, a
/// job post's "looking for", an invoice's introduction beside its contact, a product's "known as" and a device's last
/// activity stay quiet.
/// </summary>
public sealed class ProfileOwnWordsTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_profile_s_alias_last_activity_and_self_description_are_reported_in_six_languages() =>
        Test("""
            using System;
            public class AppUser { public int Id { get; set; } public string [|KnownAs|] { get; set; } = ""; public DateTime [|LastActive|] { get; set; } public string [|Introduction|] { get; set; } = ""; public string [|LookingFor|] { get; set; } = ""; }
            public class Benutzer { public int Id { get; set; } public DateTime [|ZuletztAktiv|] { get; set; } public string [|UeberMich|] { get; set; } = ""; }
            public class Usuario { public int Id { get; set; } public string [|ConocidoComo|] { get; set; } = ""; public DateTime [|UltimaConexion|] { get; set; } public string [|SobreMi|] { get; set; } = ""; }
            public class Utilizador { public int Id { get; set; } public string [|ConhecidoComo|] { get; set; } = ""; public DateTime [|UltimaAtividade|] { get; set; } public string [|SobreMim|] { get; set; } = ""; }
            public class Utilisateur { public int Id { get; set; } public DateTime [|DerniereConnexion|] { get; set; } public string [|AProposDeMoi|] { get; set; } = ""; }
            public class Utilizator { public int Id { get; set; } public string [|CunoscutCa|] { get; set; } = ""; public DateTime [|UltimaActivitate|] { get; set; } public string [|DespreMine|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_course_s_introduction_a_job_post_s_wish_an_invoice_s_introduction_and_a_device_s_activity_stay_quiet() =>
        Test("""
            using System;
            public class Staff { public int Id { get; set; } }
            public class Course { public int Id { get; set; } public string Title { get; set; } = ""; public string Introduction { get; set; } = ""; }
            public class JobPost { public int CompanyId { get; set; } public string LookingFor { get; set; } = ""; }
            public class OutgoingInvoice { public long? ContactId { get; set; } public string Client { get; set; } = ""; public string Introduction { get; set; } = ""; public Staff SentBy { get; set; } = null!; }
            public class Product { public int Id { get; set; } public string KnownAs { get; set; } = ""; }
            public class Device { public int Id { get; set; } public DateTime LastActive { get; set; } }
            """).RunAsync();
}
