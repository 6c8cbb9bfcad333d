using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.AnnotationModel;

/// <summary>A <c>[ProcessingPurpose]</c> as written on a type: its purposes (split on ';') and the member names it lists.</summary>
internal sealed class NamedPurpose
{
    public NamedPurpose(ImmutableArray<string> purposes, ImmutableArray<string?> members, AttributeData attribute)
    {
        Purposes = purposes;
        Members = members;
        Attribute = attribute;
    }

    /// <summary>The purposes, trimmed; empty when the text is blank or unreadable.</summary>
    public ImmutableArray<string> Purposes { get; }

    /// <summary>The member names as written (null where an element is not a readable string).</summary>
    public ImmutableArray<string?> Members { get; }

    public AttributeData Attribute { get; }

    /// <summary>Whether the attribute lists the member of this name.</summary>
    public bool Names(string member)
    {
        foreach (var name in Members)
        {
            if (string.Equals(name, member, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

// Purposes: which purposes a member serves. One home for the rule "own, else [DataSubject], else assembly default; then
// every [ProcessingPurpose] of the declaring type that names the member" (docs/annotation-model.md, "Purposes").
internal sealed partial class AnnotationReader
{
    /// <summary>The <c>[ProcessingPurpose]</c>s written on the type itself (not its base types), in declaration order.</summary>
    public ImmutableArray<NamedPurpose> ReadNamedPurposes(INamedTypeSymbol? type)
    {
        if (type is null || Types.ProcessingPurpose is null)
        {
            return ImmutableArray<NamedPurpose>.Empty;
        }

        ImmutableArray<NamedPurpose>.Builder? builder = null;
        foreach (var attribute in type.GetAttributes())
        {
            if (Types.IsProcessingPurpose(attribute))
            {
                (builder ??= ImmutableArray.CreateBuilder<NamedPurpose>()).Add(ReadNamedPurpose(attribute));
            }
        }

        return builder is null ? ImmutableArray<NamedPurpose>.Empty : builder.ToImmutable();
    }

    /// <summary>The purposes of the <c>[ProcessingPurpose]</c>s that name <paramref name="member"/>, in order, without repeats.</summary>
    public static ImmutableArray<string> PurposesNaming(ImmutableArray<NamedPurpose> named, string member)
    {
        if (named.IsDefaultOrEmpty)
        {
            return ImmutableArray<string>.Empty;
        }

        ImmutableArray<string>.Builder? builder = null;
        foreach (var purpose in named)
        {
            if (purpose.Names(member))
            {
                foreach (var text in purpose.Purposes)
                {
                    builder ??= ImmutableArray.CreateBuilder<string>();
                    if (!builder.Contains(text))
                    {
                        builder.Add(text);
                    }
                }
            }
        }

        return builder is null ? ImmutableArray<string>.Empty : builder.ToImmutable();
    }

    /// <summary>
    /// A member's purposes: those it states or inherits (<paramref name="inherited"/>, the nearest of member, type and
    /// assembly, as written), then those of the <c>[ProcessingPurpose]</c>s that name it; each once, in that order.
    /// </summary>
    public static ImmutableArray<string> CombinePurposes(string? inherited, ImmutableArray<string> named)
    {
        var own = SplitList(inherited);
        if (named.IsDefaultOrEmpty)
        {
            return own;
        }

        var builder = ImmutableArray.CreateBuilder<string>(own.Length + named.Length);
        foreach (var purpose in own)
        {
            if (!builder.Contains(purpose))
            {
                builder.Add(purpose);
            }
        }

        foreach (var purpose in named)
        {
            if (!builder.Contains(purpose))
            {
                builder.Add(purpose);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The effective purpose text of a member (see <see cref="CombinePurposes"/>), joined by "; ", and where it came from.</summary>
    private static Sourced<string?> EffectivePurpose(Sourced<string?> inherited, ImmutableArray<string> named)
    {
        if (named.IsDefaultOrEmpty)
        {
            return inherited;
        }

        var combined = string.Join("; ", CombinePurposes(inherited.Value, named));
        return new Sourced<string?>(combined, inherited.IsStated ? inherited.From : AnnotationLevel.Type);
    }

    private static NamedPurpose ReadNamedPurpose(AttributeData attribute)
    {
        var purposes = SplitList(ReadConstructorString(attribute, 0));
        var arguments = attribute.ConstructorArguments;
        var members = ImmutableArray<string?>.Empty;
        if (arguments.Length > 1 && arguments[1].Kind == TypedConstantKind.Array && !arguments[1].IsNull)
        {
            var builder = ImmutableArray.CreateBuilder<string?>(arguments[1].Values.Length);
            foreach (var value in arguments[1].Values)
            {
                builder.Add(value.Kind == TypedConstantKind.Primitive ? value.Value as string : null);
            }

            members = builder.MoveToImmutable();
        }

        return new NamedPurpose(purposes, members, attribute);
    }
}
