using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.AnnotationModel;

/// <summary>
/// The categories a project declares with <c>[assembly: PersonalDataCategory("Loyalty.Points")]</c>, in its own
/// assembly or in any assembly it references, with whether each is special-category data (Art. 9).
/// </summary>
internal sealed class DeclaredCategories
{
    public static readonly DeclaredCategories None = new(new Dictionary<string, DeclaredCategory>(StringComparer.Ordinal));

    private readonly Dictionary<string, DeclaredCategory> _byId;
    private readonly HashSet<string> _topLevels;

    private DeclaredCategories(Dictionary<string, DeclaredCategory> byId)
    {
        _byId = byId;
        _topLevels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in byId.Keys)
        {
            var dot = id.IndexOf('.');
            if (dot > 0)
            {
                _topLevels.Add(id.Substring(0, dot));
            }
        }
    }

    /// <summary>Every declared category, in no particular order.</summary>
    public IEnumerable<DeclaredCategory> All => _byId.Values;

    public int Count => _byId.Count;

    /// <summary>Whether <paramref name="id"/> is declared, or is the top level of a declared id ("Loyalty" of "Loyalty.Points").</summary>
    public bool Contains(string id) => _byId.ContainsKey(id) || _topLevels.Contains(id);

    /// <summary>Whether <paramref name="id"/> is declared with <c>IsSpecialCategory = true</c>.</summary>
    public bool IsSpecial(string id) => _byId.TryGetValue(id, out var category) && category.IsSpecialCategory;

    public static DeclaredCategories Read(PrivacyTypes types, IAssemblySymbol assembly)
    {
        if (types.Category is null)
        {
            return None;
        }

        var byId = new Dictionary<string, DeclaredCategory>(StringComparer.Ordinal);
        Add(types, assembly, byId);
        foreach (var module in assembly.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblySymbols)
            {
                Add(types, referenced, byId);
            }
        }

        return byId.Count == 0 ? None : new DeclaredCategories(byId);
    }

    private static void Add(PrivacyTypes types, IAssemblySymbol assembly, Dictionary<string, DeclaredCategory> byId)
    {
        foreach (var attribute in assembly.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, types.Category))
            {
                continue;
            }

            var id = AnnotationReader.ReadConstructorString(attribute, 0);
            if (string.IsNullOrWhiteSpace(id))
            {
                continue;
            }

            var special = false;
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == AttributeArgumentNames.IsSpecialCategory && argument.Value.Value is bool value)
                {
                    special = value;
                }
            }

            // The first declaration wins; a second one that says "special" makes it special (the stricter reading).
            if (byId.TryGetValue(id!, out var existing))
            {
                special |= existing.IsSpecialCategory;
            }

            byId[id!] = new DeclaredCategory(id!, special, attribute);
        }
    }
}

/// <summary>One <c>[assembly: PersonalDataCategory]</c> declaration.</summary>
internal sealed class DeclaredCategory
{
    public DeclaredCategory(string id, bool isSpecialCategory, AttributeData attribute)
    {
        Id = id;
        IsSpecialCategory = isSpecialCategory;
        Attribute = attribute;
    }

    public string Id { get; }

    public bool IsSpecialCategory { get; }

    public AttributeData Attribute { get; }
}
