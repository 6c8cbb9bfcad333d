using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Leaks;

/// <summary>
/// The methods that redact, mask, hash or anonymise a value: personal data passed through them is no longer followed.
/// An entry without a dot is a method name that matches on any type, by itself or followed by more words
/// (<c>Mask</c> matches <c>Mask</c>, <c>MaskEmail</c>, <c>Masked</c> does not); an entry with a dot is the full name of one
/// method (<c>MyCompany.Privacy.Scrubber.Scrub</c>). Users add entries with
/// <c>privacy_analyzers.redaction_methods = MyCompany.Privacy.Scrubber.Scrub, Scramble</c>.
/// </summary>
internal sealed class RedactionMethods
{
    public const string OptionKey = "privacy_analyzers.redaction_methods";

    /// <summary>The built-in list (simple names match any type).</summary>
    public static readonly ImmutableArray<string> Defaults = ImmutableArray.Create(
        "Redact",
        "Mask",
        "Hash",
        "Anonymize",
        "Anonymise",
        "Pseudonymize",
        "Pseudonymise",
        "Encrypt",
        "Protect",
        "Microsoft.Extensions.Compliance.Redaction.Redactor.Redact");

    public static readonly RedactionMethods Default = new(Defaults);

    private static readonly SymbolDisplayFormat TypeNameFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.None);

    private readonly ImmutableArray<string> _simpleNames;
    private readonly ImmutableArray<(string Type, string Method)> _fullNames;

    private RedactionMethods(ImmutableArray<string> entries)
    {
        var simple = ImmutableArray.CreateBuilder<string>();
        var full = ImmutableArray.CreateBuilder<(string, string)>();
        foreach (var entry in entries)
        {
            var dot = entry.LastIndexOf('.');
            if (dot < 0)
            {
                simple.Add(entry);
            }
            else if (dot > 0 && dot < entry.Length - 1)
            {
                full.Add((entry.Substring(0, dot), entry.Substring(dot + 1)));
            }
        }

        _simpleNames = simple.ToImmutable();
        _fullNames = full.ToImmutable();
    }

    /// <summary>The built-in list plus the comma- or semicolon-separated entries of the option (blank entries ignored).</summary>
    public static RedactionMethods Parse(string? optionValue)
    {
        if (string.IsNullOrWhiteSpace(optionValue))
        {
            return Default;
        }

        var entries = Defaults.ToBuilder();
        foreach (var part in optionValue!.Split(',', ';'))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                entries.Add(trimmed);
            }
        }

        return new RedactionMethods(entries.ToImmutable());
    }

    public bool IsRedaction(IMethodSymbol method)
    {
        var name = method.Name;
        foreach (var simple in _simpleNames)
        {
            if (name.StartsWith(simple, StringComparison.Ordinal) && (name.Length == simple.Length || char.IsUpper(name[simple.Length])))
            {
                return true;
            }
        }

        // Full names: compare the method name first, and build the type's name only when it matches.
        foreach (var (fullType, fullMethod) in _fullNames)
        {
            if (fullMethod != name)
            {
                continue;
            }

            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            for (var type = definition.ContainingType; type is not null; type = type.BaseType)
            {
                if (type.ToDisplayString(TypeNameFormat) == fullType)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>One parsed list per distinct option text, shared by every tree of a compilation.</summary>
    internal sealed class Cache
    {
        private readonly ConcurrentDictionary<string, RedactionMethods> _parsed = new(StringComparer.Ordinal);

        public RedactionMethods Get(string? optionValue) =>
            optionValue is null ? Default : _parsed.GetOrAdd(optionValue, Parse);
    }
}
