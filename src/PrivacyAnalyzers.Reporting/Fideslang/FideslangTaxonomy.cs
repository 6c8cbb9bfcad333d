using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace PrivacyAnalyzers.Reporting.Fideslang;

/// <summary>
/// The keys of fideslang's default taxonomy (data categories, data uses, data subjects), read from the key lists embedded
/// from <c>Fideslang/*.txt</c> (see <c>Fideslang/NOTICE.md</c> for their source and licence). Used to check every key the
/// fides export writes, including the ones a user maps purposes and subjects to.
/// </summary>
public static class FideslangTaxonomy
{
    private static readonly Lazy<IReadOnlyCollection<string>> Categories = new(() => Read("data_categories.txt"));
    private static readonly Lazy<IReadOnlyCollection<string>> Uses = new(() => Read("data_uses.txt"));
    private static readonly Lazy<IReadOnlyCollection<string>> Subjects = new(() => Read("data_subjects.txt"));

    /// <summary>Every data-category key (<c>user.contact.email</c>).</summary>
    public static IReadOnlyCollection<string> DataCategories => Categories.Value;

    /// <summary>Every non-deprecated data-use key (<c>essential.service</c>).</summary>
    public static IReadOnlyCollection<string> DataUses => Uses.Value;

    /// <summary>Every data-subject key (<c>customer</c>).</summary>
    public static IReadOnlyCollection<string> DataSubjects => Subjects.Value;

    private static IReadOnlyCollection<string> Read(string name)
    {
        var assembly = typeof(FideslangTaxonomy).GetTypeInfo().Assembly;
        using var stream = assembly.GetManifestResourceStream("PrivacyAnalyzers.Reporting.Fideslang." + name)
            ?? throw new InvalidOperationException("The embedded fideslang key list " + name + " is missing from " + assembly.GetName().Name + ".");
        using var reader = new StreamReader(stream);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var key = line.Trim();
            if (key.Length > 0 && key[0] != '#')
            {
                keys.Add(key);
            }
        }

        return keys;
    }
}
