using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;

namespace PrivacyAnalyzers.Validation;

/// <summary>
/// PRIV018: a <c>[ProcessingPurpose]</c> written on a type that links its purpose to nothing — no purpose text, no
/// member, or a name that is not a personal-data property or field declared by the type (a typo, a member of a base
/// type, a member not marked personal data). Reported at the name's argument, else at the attribute. A name the type does
/// not declare that is one typo away from exactly one of its personal-data members not already named by the purpose
/// carries that member in <see cref="MemberProperty"/> (the message asks "did you mean"; the code fix writes
/// <c>nameof</c> of it).
/// </summary>
internal static class ProcessingPurposeRule
{
    /// <summary>The diagnostic property holding the personal-data member a misspelt name most likely means.</summary>
    public const string MemberProperty = "Member";

    public static void Check(Compilation compilation, AnnotationReader reader, INamedTypeSymbol type, List<Diagnostic> diagnostics)
    {
        foreach (var named in reader.ReadNamedPurposes(type))
        {
            if (AnnotationReader.GetAttributeLocation(named.Attribute) is not { } attributeLocation)
            {
                continue;
            }

            var text = AnnotationReader.ReadConstructorString(named.Attribute, 0) ?? string.Empty;
            if (named.Purposes.IsEmpty)
            {
                Add(diagnostics, CompilationDiagnostics.Create(compilation, RuleDescriptors.PRIV018, attributeLocation, text, type.Name, "states no purpose"));
            }

            if (named.Members.IsEmpty)
            {
                Add(diagnostics, CompilationDiagnostics.Create(compilation, RuleDescriptors.PRIV018, attributeLocation, text, type.Name, "names no member (a purpose that every member of the type serves goes in [DataSubject(Purpose = …)])"));
                continue;
            }

            var arguments = NameArguments(named);
            for (var i = 0; i < named.Members.Length; i++)
            {
                if (named.Members[i] is not { } name || Problem(reader, type, name) is not { } problem)
                {
                    continue;
                }

                var location = arguments is not null ? arguments[i].GetLocation() : attributeLocation;
                var meant = type.GetMembers(name).IsEmpty && !HasBaseMember(type, name) ? NearestPersonalMember(reader, type, name, named.Members) : null;
                var properties = meant is null ? null : ImmutableDictionary<string, string?>.Empty.Add(MemberProperty, meant);
                Add(diagnostics, CompilationDiagnostics.Create(compilation, RuleDescriptors.PRIV018, location, properties, text, type.Name,
                    meant is null ? problem : $"{problem} (did you mean '{meant}'?)"));
            }
        }
    }

    /// <summary>What is wrong with naming <paramref name="name"/>, or null when it is a personal-data member of the type.</summary>
    private static string? Problem(AnnotationReader reader, INamedTypeSymbol type, string name)
    {
        foreach (var member in type.GetMembers(name))
        {
            if (member is IPropertySymbol or IFieldSymbol)
            {
                if (reader.FindPersonalDataMarker(member, out _) is not null)
                {
                    return null;
                }

                return reader.FindNotPersonalData(member) is not null
                    ? $"names '{name}', which is marked [NotPersonalData]"
                    : $"names '{name}', which is not marked personal data";
            }
        }

        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            foreach (var member in baseType.GetMembers(name))
            {
                if (member is IPropertySymbol or IFieldSymbol)
                {
                    return $"names '{name}', which is declared by its base type '{baseType.Name}' (put the [ProcessingPurpose] on '{baseType.Name}')";
                }
            }
        }

        return type.GetMembers(name).IsEmpty
            ? $"names '{name}', which '{type.Name}' does not declare"
            : $"names '{name}', which is not a property or field";
    }

    private static bool HasBaseMember(INamedTypeSymbol type, string name)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (!baseType.GetMembers(name).IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The personal-data property or field declared by <paramref name="type"/> whose name is nearest to
    /// <paramref name="name"/> (case-insensitive optimal string alignment, the distance a typo makes: one edit up to six
    /// letters, two up to twelve, three beyond), leaving out members the purpose already names; null when none is that
    /// near or two are equally near — which member was meant is then the user's to say.
    /// </summary>
    private static string? NearestPersonalMember(AnnotationReader reader, INamedTypeSymbol type, string name, ImmutableArray<string?> alreadyNamed)
    {
        var lower = name.ToLowerInvariant();
        var allowed = name.Length <= 6 ? 1 : name.Length <= 12 ? 2 : 3;
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var member in type.GetMembers())
        {
            if (member is not (IPropertySymbol or IFieldSymbol) || member.IsImplicitlyDeclared || alreadyNamed.Contains(member.Name)
                || reader.FindPersonalDataMarker(member, out _) is null)
            {
                continue;
            }

            var distance = CategorySuggester.Distance(lower, member.Name.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = member.Name;
                bestDistance = distance;
                tie = false;
            }
            else if (distance == bestDistance && !string.Equals(best, member.Name, StringComparison.Ordinal))
            {
                tie = true;
            }
        }

        return best is not null && !tie && bestDistance <= allowed ? best : null;
    }

    /// <summary>The argument expression of each member name when they are written one by one (params form); else null.</summary>
    private static IReadOnlyList<SyntaxNode>? NameArguments(NamedPurpose named)
    {
        if (named.Attribute.ApplicationSyntaxReference?.GetSyntax() is not AttributeSyntax { ArgumentList: { } list })
        {
            return null;
        }

        var positional = new List<SyntaxNode>();
        foreach (var argument in list.Arguments)
        {
            if (argument.NameEquals is null && argument.NameColon is null)
            {
                positional.Add(argument);
            }
        }

        if (positional.Count != named.Members.Length + 1)
        {
            return null;
        }

        positional.RemoveAt(0);
        return positional;
    }

    private static void Add(List<Diagnostic> diagnostics, Diagnostic? diagnostic)
    {
        if (diagnostic is not null)
        {
            diagnostics.Add(diagnostic);
        }
    }
}
