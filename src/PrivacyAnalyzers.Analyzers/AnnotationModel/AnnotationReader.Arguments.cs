using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.AnnotationModel;

// Reading argument values: named arguments by the names in AttributeArgumentNames, constructor arguments by position.
// An absent, mistyped or unreadable argument is unstated (null, 0 or false), never an exception.
internal sealed partial class AnnotationReader
{
    /// <summary>Splits a semicolon-separated list ("Invoicing; Delivery") into trimmed, non-empty items.</summary>
    public static ImmutableArray<string> SplitList(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ImmutableArray<string>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var part in text!.Split(';'))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                builder.Add(trimmed);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// The category of a [PersonalData]: the named <c>Category</c> argument, else the constructor argument; null when
    /// neither is a readable string.
    /// </summary>
    public static string? ReadCategory(AttributeData personalData) =>
        ReadNamedString(personalData, AttributeArgumentNames.Category) ?? ReadConstructorString(personalData, 0);

    /// <summary>Whether the attribute states the named argument <paramref name="name"/> at all (readable or not).</summary>
    public static bool HasNamedArgument(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the inheritable values of a [PersonalData], [DataSubject] or [PersonalDataDefaults].</summary>
    public static AnnotationValues ReadValues(AttributeData attribute) => new()
    {
        LegalBasis = (LegalBasisValue)ReadNamedInt(attribute, AttributeArgumentNames.LegalBasis),
        Retention = ReadNamedString(attribute, AttributeArgumentNames.Retention),
        RetentionFrom = (RetentionStartValue)ReadNamedInt(attribute, AttributeArgumentNames.RetentionFrom),
        RetentionNote = ReadNamedString(attribute, AttributeArgumentNames.RetentionNote),
        AlternativeRetention = ReadNamedString(attribute, AttributeArgumentNames.AlternativeRetention),
        AlternativeRetentionFrom = (RetentionStartValue)ReadNamedInt(attribute, AttributeArgumentNames.AlternativeRetentionFrom),
        RetentionCombination = (RetentionCombinationValue)ReadNamedInt(attribute, AttributeArgumentNames.RetentionCombination),
        Purpose = ReadNamedString(attribute, AttributeArgumentNames.Purpose),
        LegitimateInterest = ReadNamedString(attribute, AttributeArgumentNames.LegitimateInterest),
        Source = (DataSourceValue)ReadNamedInt(attribute, AttributeArgumentNames.Source),
        RetentionBound = (RetentionBoundValue)ReadNamedInt(attribute, AttributeArgumentNames.RetentionBound),
        UnansweredCommunications = ReadNamedInt(attribute, AttributeArgumentNames.UnansweredCommunications),
    };

    /// <summary>Reads a [Recipient]; null when its name is missing or unreadable.</summary>
    public static RecipientInfo? ReadRecipient(AttributeData attribute, AnnotationLevel declaredAt)
    {
        var name = ReadConstructorString(attribute, 0);
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return new RecipientInfo(
            name!,
            (RecipientKindValue)ReadNamedInt(attribute, AttributeArgumentNames.Kind),
            ReadNamedString(attribute, AttributeArgumentNames.Country),
            (TransferSafeguardValue)ReadNamedInt(attribute, AttributeArgumentNames.Safeguard),
            ReadNamedString(attribute, AttributeArgumentNames.Purpose),
            SplitList(ReadNamedString(attribute, AttributeArgumentNames.Categories)),
            declaredAt,
            ReadNamedString(attribute, AttributeArgumentNames.TransferDetails),
            ReadNamedString(attribute, AttributeArgumentNames.Note));
    }

    /// <summary>A named argument's string value, or null when absent, not a string or unreadable.</summary>
    public static string? ReadNamedString(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value.Kind == TypedConstantKind.Primitive ? argument.Value.Value as string : null;
            }
        }

        return null;
    }

    /// <summary>A named enum or integer argument's value, or 0 when absent or unreadable.</summary>
    public static int ReadNamedInt(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value.Kind is TypedConstantKind.Enum or TypedConstantKind.Primitive && argument.Value.Value is int value ? value : 0;
            }
        }

        return 0;
    }

    /// <summary>A constructor argument's string value, or null when absent or unreadable.</summary>
    public static string? ReadConstructorString(AttributeData attribute, int index)
    {
        var arguments = attribute.ConstructorArguments;
        if (index >= arguments.Length || arguments[index].Kind != TypedConstantKind.Primitive)
        {
            return null;
        }

        return arguments[index].Value as string;
    }

    /// <summary>A named boolean argument's value, or false when absent or unreadable.</summary>
    public static bool ReadNamedBool(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value.Kind == TypedConstantKind.Primitive && argument.Value.Value is true;
            }
        }

        return false;
    }
}
