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
        new(model.Namespace, model.ClassName, model.HintName, model.SubjectTypeFullyQualified, model.ClassNameTaken, model.IsNestedOrGeneric);

    /// <summary>The exporter with its final class and hint names, given every exporter of the assembly.</summary>
    public static ExporterModel MakeUnique(ExporterModel model, EquatableArray<ExporterIdentity> all)
    {
        var self = IdentityOf(model);
        var className = ClassName(self, all);
        var hint = HintName(model.Namespace, className);
        var key = hint.ToUpperInvariant();
        var hintClashes = all.Any(other => other.SubjectTypeFullyQualified != self.SubjectTypeFullyQualified
            && HintName(other.Namespace, ClassName(other, all)).ToUpperInvariant() == key);
        if (hintClashes)
        {
            hint = hint.Substring(0, hint.Length - Extension.Length) + "_" + Hash(self.SubjectTypeFullyQualified) + Extension;
        }

        return model with { ClassName = className, HintName = hint };
    }

    private static string ClassName(ExporterIdentity self, EquatableArray<ExporterIdentity> all)
    {
        var clash = self.ClassNameTaken
            || (self.IsNestedOrGeneric && all.Any(other => other.SubjectTypeFullyQualified != self.SubjectTypeFullyQualified
                && other.Namespace == self.Namespace
                && other.ClassName == self.ClassName));
        if (!clash)
        {
            return self.ClassName;
        }

        const string Suffix = "PrivacyExporter";
        var stem = self.ClassName.EndsWith(Suffix, System.StringComparison.Ordinal) ? self.ClassName.Substring(0, self.ClassName.Length - Suffix.Length) : self.ClassName;
        return stem + "_" + Hash(self.SubjectTypeFullyQualified) + Suffix;
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
