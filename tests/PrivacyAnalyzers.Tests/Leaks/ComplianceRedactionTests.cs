using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Logging;
using PrivacyAnalyzers.Leaks;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Leaks;

/// <summary>
/// PRIV020 and Microsoft.Extensions.Compliance, compiled against the real packages (Compliance.Abstractions,
/// Compliance.Redaction and Telemetry.Abstractions 10.11.0) rather than stand-ins with their names: a value logged
/// through a classified [LoggerMessage] parameter, or a classified [LogProperties] property, is redacted by
/// Telemetry's logging generator and is not a leak; an unclassified one, or a classified one without that generator, is.
/// </summary>
public sealed class ComplianceRedactionTests
{
    /// <summary>A project's taxonomy, written the way Microsoft's redaction documentation writes one.</summary>
    internal const string Taxonomy = """
        using Microsoft.Extensions.Compliance.Classification;

        public static class ContosoTaxonomy
        {
            public static DataClassification Private => new("Contoso", nameof(Private));
        }

        public sealed class PrivateDataAttribute : DataClassificationAttribute
        {
            public PrivateDataAttribute() : base(ContosoTaxonomy.Private) { }
        }
        """;

    private static AnalyzerTest Test(string source, bool telemetry = true)
    {
        var test = new AnalyzerTest()
            .WithAnalyzer<PersonalDataLogAnalyzer>()
            .WithReference(typeof(ILogger))
            .WithReference(typeof(DataClassificationAttribute))
            .WithReference(typeof(Redactor))
            .WithSource(LeakSources.Customer)
            .WithSource(Taxonomy)
            .WithSource(source);
        return telemetry ? test.WithReference(typeof(LogPropertiesAttribute)) : test;
    }

    private const string Registered = """
        using Microsoft.Extensions.Compliance.Classification;
        using Microsoft.Extensions.Logging;

        public static partial class Log
        {
            [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Registered {Email}, phone {Phone}")]
            public static partial void Registered(ILogger logger, [PrivateData] string email, string? phone);

            public static partial void Registered(ILogger logger, string email, string? phone) { }
        }
        """;

    [Fact]
    public async Task A_classified_LoggerMessage_parameter_is_redacted_and_an_unclassified_one_leaks()
    {
        await Test(Registered + """

            public class Service
            {
                public void Register(ILogger logger, Customer customer) => Log.Registered(logger, customer.Email, [|customer.Phone|]);
            }
            """)
            .WithMessages("Personal data 'Customer.Phone' is written to a log by 'Log.Registered'")
            .RunAsync();
    }

    [Fact]
    public async Task Without_Telemetrys_logging_generator_a_classification_redacts_nothing()
    {
        // Only Compliance.Abstractions: the built-in [LoggerMessage] generator ignores data classifications.
        await Test(Registered + """

            public class Service
            {
                public void Register(ILogger logger, Customer customer) => Log.Registered(logger, [|customer.Email|], "none");
            }
            """, telemetry: false)
            .WithMessages("Personal data 'Customer.Email' is written to a log by 'Log.Registered'")
            .RunAsync();
    }

    [Fact]
    public async Task NoDataClassification_is_not_a_classification_and_UnknownDataClassification_is()
    {
        // [NoDataClassification] maps to DataClassification.None, which the redactor provider leaves unredacted;
        // [UnknownDataClassification] gets the fallback (erasing) redactor.
        await Test("""
            using Microsoft.Extensions.Compliance.Classification;
            using Microsoft.Extensions.Logging;

            public static partial class Log
            {
                [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Contact {Email} {Phone}")]
                public static partial void Contact(ILogger logger, [NoDataClassification] string email, [UnknownDataClassification] string? phone);

                public static partial void Contact(ILogger logger, string email, string? phone) { }
            }

            public class Service
            {
                public void Run(ILogger logger, Customer customer) => Log.Contact(logger, [|customer.Email|], customer.Phone);
            }
            """)
            .WithMessages("Personal data 'Customer.Email' is written to a log by 'Log.Contact'")
            .RunAsync();
    }

    private const string Patient = """
        using Microsoft.Extensions.Logging;
        using PrivacyAnalyzers;

        public class Patient
        {
            public int Id { get; set; }
            [PersonalData(Category = "Contact.Email")] [PrivateData] public string Email { get; set; } = "";
            [PersonalData(Category = "Identity.Name")] public string Name { get; set; } = "";
        }

        public static partial class Log
        {
            [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Admitted")]
            public static partial void Admitted(ILogger logger, [LogProperties] Patient patient);

            public static partial void Admitted(ILogger logger, Patient patient) { }
        }
        """;

    [Fact]
    public async Task A_LogProperties_object_leaks_through_its_unclassified_personal_property()
    {
        await Test(Patient + """

            public class Ward
            {
                public void Admit(ILogger logger, Patient patient) => Log.Admitted(logger, [|patient|]);
            }
            """)
            .WithMessages("Personal data 'Patient.Name (in a Patient object)' is written to a log by 'Log.Admitted'")
            .RunAsync();
    }

    [Fact]
    public async Task A_LogProperties_object_whose_personal_properties_are_classified_or_ignored_does_not_leak()
    {
        await Test(Patient.Replace(
                "[PersonalData(Category = \"Identity.Name\")] public string Name",
                "[PersonalData(Category = \"Identity.Name\")] [LogPropertyIgnore] public string Name",
                StringComparison.Ordinal) + """

            public class Ward
            {
                public void Admit(ILogger logger, Patient patient) => Log.Admitted(logger, patient);
            }
            """)
            .RunAsync();
    }

    [Fact]
    public async Task A_LogProperties_object_leaks_through_an_unclassified_nested_object()
    {
        // Visit.Room is classified; Visit.Visitor is not, and the Customer it holds has personal data.
        await Test("""
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers;

            public class Visit
            {
                [PrivateData] public string Room { get; set; } = "";
                public Customer Visitor { get; set; } = new();
            }

            public static partial class Log
            {
                [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Visit")]
                public static partial void Visited(ILogger logger, [LogProperties] Visit visit);

                public static partial void Visited(ILogger logger, Visit visit) { }
            }

            public class Desk
            {
                public void Note(ILogger logger, Visit visit) => Log.Visited(logger, [|visit|]);
            }
            """)
            .WithMessages("Personal data 'Customer.Email (in a Visit object)' is written to a log by 'Log.Visited'")
            .RunAsync();
    }

    [Fact]
    public async Task A_member_marked_only_by_a_real_classification_is_personal_data_and_NoDataClassification_is_not()
    {
        await Test("""
            using Microsoft.Extensions.Compliance.Classification;
            using Microsoft.Extensions.Logging;

            public class Lead
            {
                [PrivateData] public string Email { get; set; } = "";
                [NoDataClassification] public string Source { get; set; } = "";
            }

            public class Sales
            {
                public void Track(ILogger logger, Lead lead) => logger.LogInformation("Lead {Email} from {Source}", [|lead.Email|], lead.Source);
            }
            """)
            .WithMessages("Personal data 'Lead.Email' is written to a log by 'ILogger.LogInformation'")
            .RunAsync();
    }

    [Fact]
    public void The_shipped_analyzers_reference_none_of_Microsofts_compliance_packages()
    {
        foreach (var assembly in new[] { typeof(PersonalDataLogAnalyzer).Assembly, typeof(CodeFixes.Leaks.PersonalDataCopyCodeFixProvider).Assembly })
        {
            Assert.DoesNotContain(
                assembly.GetReferencedAssemblies(),
                name => name.Name!.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal));
        }
    }
}
