namespace PrivacyAnalyzers.EndToEnd.Tests;

/// <summary>The files of Consumer/ the scenarios copy into their throwaway projects.</summary>
internal static class ConsumerSources
{
    /// <summary>Personal data in English and Romanian entities, and ordinary classes that must stay quiet.</summary>
    public static readonly string[] All =
    [
        "Customer.cs",
        "Client.cs",
        "Angajat.cs",
        "AccessLogEntry.cs",
        "Product.cs",
        "Settings.cs",
        "EmailTemplate.cs",
    ];

    /// <summary>Files without any marker: not one diagnostic of ours may land in them.</summary>
    public static readonly string[] Quiet = ["Product.cs", "Settings.cs", "EmailTemplate.cs"];

    /// <summary>Sources of the App project that references the consumer project and not the package.</summary>
    public static readonly string[] DependentApp = ["Dependent/Subscriber.cs"];
}
