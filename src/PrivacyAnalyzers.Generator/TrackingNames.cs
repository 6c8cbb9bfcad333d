namespace PrivacyAnalyzers.Generator;

/// <summary>Names of the generator's pipeline steps, for incrementality tests and benchmarks.</summary>
internal static class TrackingNames
{
    /// <summary>The assembly-level model: name, controller, declared categories, runtime presence, [PersonalDataDefaults] and assembly [Recipient]s.</summary>
    public const string Assembly = nameof(Assembly);

    /// <summary>
    /// Members whose attributes are written with a marker's name: what each member's own attributes state (no defaults
    /// applied) when binding shows our [PersonalData] or ASP.NET Core Identity's [PersonalData] or [ProtectedPersonalData]
    /// among them, else null.
    /// </summary>
    public const string PersonalDataMembers = nameof(PersonalDataMembers);

    /// <summary>[DataSubject] types as inventory parts (subject and the own facts of every marked member, interop ones included).</summary>
    public const string SubjectTypes = nameof(SubjectTypes);

    /// <summary>The merged, ordered inventory: each member's entry resolved from its own facts, its type's and the assembly's defaults.</summary>
    public const string Inventory = nameof(Inventory);

    /// <summary>One exporter model per [DataSubject] type.</summary>
    public const string Exporters = nameof(Exporters);

    /// <summary>The names of every exporter, compared to make class and file names unique.</summary>
    public const string ExporterNames = nameof(ExporterNames);

    /// <summary>Exporters paired with the assembly model (emitted only when the runtime is referenced).</summary>
    public const string ExportersWithAssembly = nameof(ExportersWithAssembly);

    /// <summary>Every diagnostic the generator reports, deduplicated.</summary>
    public const string Diagnostics = nameof(Diagnostics);

    /// <summary>Each eraser model with its final names (docs/erasure.md).</summary>
    public const string Erasers = nameof(Erasers);
}
