using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PrivacyAnalyzers.Generator.Model;

namespace PrivacyAnalyzers.Generator.Emitting;

/// <summary>
/// The generated exporter's class and file names, unique by construction. The natural class name is
/// <c>{Type}PrivacyExporter</c> (nested types join their names, generic ones add <c>Of{arity}</c>); when two
/// [DataSubject] types would get the same class (nested <c>Order.Customer</c> and top-level <c>OrderCustomer</c>) or the
/// namespace already declares it, the top-level non-generic type keeps the natural name and the others get a suffix
/// derived from their full name. File (hint) names are made of letters, digits, dots, dashes and underscores only, and
/// are compared without regard to case (case-insensitive file systems; <c>Shop.Customer</c> and <c>shop.customer</c>),
/// with the same suffix on a collision.
/// </summary>
internal static class ExporterNames
{
    private const string Extension = ".g.cs";

    /// <summary>The natural hint name of an exporter class.</summary>
    public static string HintName(string? ns, string className) => Sanitize((ns is null ? string.Empty : ns + ".") + className) + Extension;

    /// <summary>The identity the uniqueness check compares.</summary>
    public static ExporterIdentity IdentityOf(ExporterModel model) =>
        new(model.Namespace, model.ClassName, model.SubjectTypeFullyQualified, model.ClassNameTaken, model.IsNestedOrGeneric);

    /// <summary>
    /// The final class and hint name of every exporter of the assembly, computed once for all of them (counts of the
    /// natural names, so linear in the number of exporters), in the order of <paramref name="all"/>.
    /// </summary>
    public static EquatableArray<ExporterName> Resolve(EquatableArray<ExporterIdentity> all)
    {
        var classNames = new Dictionary<(string?, string), int>();
        foreach (var identity in all)
        {
            var key = (identity.Namespace, identity.ClassName);
            classNames[key] = classNames.TryGetValue(key, out var count) ? count + 1 : 1;
        }

        var finalClassNames = all.Select(identity => identity.ClassNameTaken || (identity.IsNestedOrGeneric && classNames[(identity.Namespace, identity.ClassName)] > 1)
            ? Disambiguated(identity)
            : identity.ClassName).ToList();
        var hints = all.Select((identity, i) => HintName(identity.Namespace, finalClassNames[i])).ToList();
        var hintCounts = hints.GroupBy(h => h.ToUpperInvariant(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return all.Select((identity, i) => new ExporterName(
            identity.SubjectTypeFullyQualified,
            finalClassNames[i],
            hintCounts[hints[i].ToUpperInvariant()] > 1
                ? hints[i].Substring(0, hints[i].Length - Extension.Length) + "_" + Hash(identity.SubjectTypeFullyQualified) + Extension
                : hints[i])).ToEquatableArray();
    }

    /// <summary>The exporter with its final class and hint names (<paramref name="names"/> from <see cref="Resolve"/>).</summary>
    public static ExporterModel MakeUnique(ExporterModel model, EquatableArray<ExporterName> names)
    {
        foreach (var name in names)
        {
            if (name.SubjectTypeFullyQualified == model.SubjectTypeFullyQualified)
            {
                return model with { ClassName = name.ClassName, HintName = name.HintName };
            }
        }

        return model;
    }

    /// <summary><c>OrderCustomer_1a2b3c4dPrivacyExporter</c>: the natural name with a suffix made from the type's full name.</summary>
    private static string Disambiguated(ExporterIdentity identity)
    {
        const string Suffix = "PrivacyExporter";
        var stem = identity.ClassName.EndsWith(Suffix, StringComparison.Ordinal) ? identity.ClassName.Substring(0, identity.ClassName.Length - Suffix.Length) : identity.ClassName;
        return stem + "_" + Hash(identity.SubjectTypeFullyQualified) + Suffix;
    }

    private static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-' ? c : '_');
        }

        return builder.ToString();
    }

    /// <summary>FNV-1a (32 bits) of the text, 8 hex digits: stable across runs, machines and cultures.</summary>
    private static string Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
