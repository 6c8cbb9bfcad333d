using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;
using static PrivacyAnalyzers.Tests.Harness.Priv001Messages;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirteenth round (issue 12), special categories: the religious field in every built-in language — the rites a
/// person received (baptism, first communion, confirmation as crisma/Firmung, a church wedding), an affiliation (a
/// denomination, church tax, a tither) — with the words that are also something else (a parish, a church, a communion,
/// a pastoral team, matrimony, a tithe) read only beside a strong one; the Art. 9 and Art. 10 words the vocabulary lacked
/// (trade-union, political, sexual, ethnic, criminal); and a guardian named alone or numbered. Each beside its quiet
/// neighbour.
/// </summary>
public sealed class ReligionAndOtherSpecialCategoryTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_catechumen_s_sacraments_their_dates_and_parishes_are_reported_a_sacrament_lookup_is_quiet() =>
        Test("""
            using System;
            using System.Collections.Generic;
            public class SacramentoCatequista { public int IdSacramento { get; set; } public string? DescricaoSacramento { get; set; } }
            public class Catequisando
            {
                public bool [|Batizado|] { get; set; }
                public DateTime? [|DataBatismo|] { get; set; }
                public string? [|ParoquiaEucaristia|] { get; set; }
                public bool [|Pastoral|] { get; set; }
                public string? [|DescricaoPastoral|] { get; set; }
            }
            public class Catequista
            {
                public int [|Batismo|] { get; set; }
                public int [|Crisma|] { get; set; }
                public int [|Matrimonio|] { get; set; }
                public List<SacramentoCatequista>? [|Sacramentos|] { get; set; }
            }
            public class ResponsavelCatequisando { public bool [|Eucaristia|] { get; set; } public bool [|OutraPastoral|] { get; set; } public bool [|Dizimista|] { get; set; } }
            """)
            .WithMessages(
                Message("Batizado", "Special.ReligiousBelief", "the word 'batizado'"),
                Message("DataBatismo", "Special.ReligiousBelief", "the word 'batismo'"),
                Message("ParoquiaEucaristia", "Special.ReligiousBelief", "the word 'eucaristia'"),
                Message("Pastoral", "Special.ReligiousBelief", "the word 'pastoral' in type Catequisando, beside Batizado"),
                Message("DescricaoPastoral", "Special.ReligiousBelief", "the word 'pastoral' in type Catequisando, beside Batizado"),
                Message("Batismo", "Special.ReligiousBelief", "the word 'batismo'"),
                Message("Crisma", "Special.ReligiousBelief", "the word 'crisma' in type Catequista, beside Batismo"),
                Message("Matrimonio", "Special.ReligiousBelief", "the word 'matrimonio' in type Catequista, beside Batismo"),
                Message("Sacramentos", "Special.ReligiousBelief", "the word 'sacramentos' in type Catequista, beside Batismo"),
                Message("Eucaristia", "Special.ReligiousBelief", "the word 'eucaristia'"),
                Message("OutraPastoral", "Special.ReligiousBelief", "the word 'pastoral' in type ResponsavelCatequisando, beside Eucaristia"),
                Message("Dizimista", "Special.ReligiousBelief", "the word 'dizimista'"))
            .RunAsync();

    [Fact]
    public Task A_parish_a_church_a_communion_or_a_pastoral_team_alone_are_quiet_even_on_a_person() =>
        Test("""
            public class Igreja { public string Nome { get; set; } = ""; public string Descricao { get; set; } = ""; }
            public class Customer { public string [|Name|] { get; set; } = ""; public string Parish { get; set; } = ""; public string Church { get; set; } = ""; }
            public class Escola { public bool Pastoral { get; set; } public string Paroquia { get; set; } = ""; }
            public class Pfarrei { public string Name { get; set; } = ""; public string Kirche { get; set; } = ""; }
            public class Wedding { public Igreja Igreja { get; set; } = new(); public string Matrimony { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Rites_and_affiliations_are_reported_in_every_language_their_context_bound_words_beside_them() =>
        Test("""
            using System;
            public class Member
            {
                public DateTime? [|BaptismDate|] { get; set; }
                public bool [|FirstCommunion|] { get; set; }
                public string [|Parish|] { get; set; } = "";
                public string [|ReligiousDenomination|] { get; set; } = "";
            }
            public class Mitarbeiter { public string [|Kirchensteuer|] { get; set; } = ""; public DateTime? [|Taufdatum|] { get; set; } public string [|Pfarrei|] { get; set; } = ""; }
            public class Feligres { public bool [|Bautizado|] { get; set; } public string [|Parroquia|] { get; set; } = ""; public bool [|PrimeraComunion|] { get; set; } }
            public class Paroissien { public DateTime? [|DateBapteme|] { get; set; } public string [|Paroisse|] { get; set; } = ""; }
            public class Enorias { public bool [|Botezat|] { get; set; } public string [|Parohie|] { get; set; } = ""; public bool [|Mirungere|] { get; set; } }
            public class Cliente { public string? Paroquia { get; set; } public string? Igreja { get; set; } }
            """).RunAsync();

    [Fact]
    public Task Trade_union_political_sexual_ethnic_and_criminal_words_are_reported_a_booking_confirmation_is_quiet() =>
        Test("""
            public class Employee
            {
                public bool [|Unionized|] { get; set; }
                public string [|PartyMembership|] { get; set; } = "";
                public string [|Sexuality|] { get; set; } = "";
                public string [|EthnicBackground|] { get; set; } = "";
                public bool [|HasCriminalBackground|] { get; set; }
                public string ConfirmationNumber { get; set; } = "";
            }
            public class Bewerber { public string [|Strafregisterauszug|] { get; set; } = ""; public bool [|Gewerkschaftsmitglied|] { get; set; } }
            public class Candidato { public string [|AntecedentesCriminales|] { get; set; } = ""; public string [|VidaSexual|] { get; set; } = ""; }
            public class Funcionario { public string [|RegistroCriminal|] { get; set; } = ""; public string [|OpiniaoPolitica|] { get; set; } = ""; }
            public class Candidat { public string [|AntecedentsJudiciaires|] { get; set; } = ""; public string [|AppartenanceEthnique|] { get; set; } = ""; }
            public class Angajat { public string [|AntecedentePenale|] { get; set; } = ""; public string [|ApartenentaPolitica|] { get; set; } = ""; }
            public class Booking { public string Confirmation { get; set; } = ""; public string ConfirmationCode { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_guardian_named_alone_or_numbered_is_reported_a_numbered_line_is_quiet() =>
        Test("""
            public class RelatorioResponsaveis
            {
                public string? [|NomeCatequisando|] { get; set; }
                public string? [|Responsavel1|] { get; set; }
                public string? [|TelefoneResponsavel1|] { get; set; }
                public string? [|Responsavel2|] { get; set; }
            }
            public class StudentCard { public string [|Guardian|] { get; set; } = ""; }
            public class Relatorio { public string? Linha1 { get; set; } public string? Titulo { get; set; } }
            """).RunAsync();
}
