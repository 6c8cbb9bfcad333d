using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>How a declared text is read against the vocabulary.</summary>
internal enum DeclaredKind
{
    /// <summary>A name a person or a wire format gives the member (<c>[Display(Name)]</c>, <c>[Column]</c>, <c>[JsonPropertyName]</c>): read as the member's name would be.</summary>
    Name,

    /// <summary>
    /// A sentence about the member (a description, a prompt, a column comment, a validation message): read as a name, less
    /// the words that only speak of validation or display ("required", "valid", "field", "format", "length").
    /// </summary>
    Sentence,

    /// <summary>A DataAnnotations attribute that types the value (<c>[EmailAddress]</c>, <c>[DataType(DataType.PhoneNumber)]</c>): the text is the vocabulary phrase it stands for.</summary>
    Typed,
}

/// <summary>One thing a member's attributes declare about it: the text, how to read it, and how to quote it as evidence.</summary>
internal readonly struct DeclaredText
{
    public DeclaredText(DeclaredKind kind, string text, string evidence)
    {
        Kind = kind;
        Text = text;
        Evidence = evidence;
    }

    public DeclaredKind Kind { get; }

    /// <summary>The text to read: the declared text itself, or for <see cref="DeclaredKind.Typed"/> the phrase the attribute stands for.</summary>
    public string Text { get; }

    /// <summary>How the warning names it: "its [Display] name 'Număr de telefon'", "its [EmailAddress] attribute".</summary>
    public string Evidence { get; }
}

/// <summary>
/// Reads what a member's attributes declare about it (PRIV001's ninth round): display names and descriptions
/// (<c>[Display]</c>, <c>[DisplayName]</c>, <c>[Description]</c>), storage and wire names (<c>[Column]</c>, EF's
/// <c>[Comment]</c>, <c>[JsonPropertyName]</c>, Newtonsoft's <c>[JsonProperty]</c>), validation messages
/// (<c>ErrorMessage = "…"</c> on any attribute) and the DataAnnotations that type a value (<c>[EmailAddress]</c>,
/// <c>[Phone]</c>, <c>[CreditCard]</c>, <c>[DataType(…)]</c>). Attributes are recognised by their simple name, so that an
/// attribute whose type does not resolve (no EF or Newtonsoft reference, a broken reference) is still read, from its syntax:
/// string literals, and constants when the compiler can evaluate them.
/// </summary>
internal static class DeclaredTexts
{
    // A text longer than this is a paragraph, not a name or a message about one member.
    private const int MaximumText = 200;

    /// <summary>Whether any attribute of the member may declare something (no list is made when none does).</summary>
    public static bool Any(ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (IsRead(SimpleName(attribute)) || HasErrorMessage(attribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the attributes declare, in declaration order; empty when nothing.</summary>
    public static List<DeclaredText> Read(ImmutableArray<AttributeData> attributes, Compilation compilation)
    {
        var texts = new List<DeclaredText>();
        foreach (var attribute in attributes)
        {
            var name = SimpleName(attribute);
            if (name.Length == 0)
            {
                continue;
            }

            var arguments = new Arguments(attribute, compilation);
            switch (name)
            {
                case "Display":
                    Add(texts, DeclaredKind.Name, arguments.Named("Name"), "its [Display] name");
                    Add(texts, DeclaredKind.Name, arguments.Named("ShortName"), "its [Display] short name");
                    Add(texts, DeclaredKind.Sentence, arguments.Named("Description"), "its [Display] description");
                    Add(texts, DeclaredKind.Sentence, arguments.Named("Prompt"), "its [Display] prompt");
                    break;
                case "DisplayName":
                    Add(texts, DeclaredKind.Name, arguments.Positional(0), "its [DisplayName]");
                    break;
                case "Description":
                    Add(texts, DeclaredKind.Sentence, arguments.Positional(0), "its [Description]");
                    break;
                case "Column":
                    Add(texts, DeclaredKind.Name, arguments.Positional(0) ?? arguments.Named("Name"), "its [Column] name");
                    break;
                case "Comment":
                    Add(texts, DeclaredKind.Sentence, arguments.Positional(0), "its [Comment]");
                    break;
                case "JsonPropertyName":
                    Add(texts, DeclaredKind.Name, arguments.Positional(0), "its [JsonPropertyName]");
                    break;
                case "JsonProperty":
                    Add(texts, DeclaredKind.Name, arguments.Positional(0) ?? arguments.Named("PropertyName"), "its [JsonProperty] name");
                    break;
                case "EmailAddress":
                    texts.Add(new DeclaredText(DeclaredKind.Typed, "email address", "its [EmailAddress] attribute"));
                    break;
                case "Phone":
                    texts.Add(new DeclaredText(DeclaredKind.Typed, "phone number", "its [Phone] attribute"));
                    break;
                case "CreditCard":
                    texts.Add(new DeclaredText(DeclaredKind.Typed, "credit card number", "its [CreditCard] attribute"));
                    break;
                case "DataType":
                    if (DataTypePhrase(arguments.EnumMember(0)) is { } typed)
                    {
                        texts.Add(new DeclaredText(DeclaredKind.Typed, typed.Phrase, "its [DataType(DataType." + typed.Member + ")] attribute"));
                    }

                    break;
            }

            // Any validation attribute's message: [Required(ErrorMessage = "Introduceți numărul de telefon")].
            if (arguments.Named("ErrorMessage") is { } message)
            {
                Add(texts, DeclaredKind.Sentence, message, "its [" + name + "] message");
            }
        }

        return texts;
    }

    private static bool IsRead(string name) => name is "Display" or "DisplayName" or "Description" or "Column" or "Comment"
        or "JsonPropertyName" or "JsonProperty" or "EmailAddress" or "Phone" or "CreditCard" or "DataType";

    private static bool HasErrorMessage(AttributeData attribute)
    {
        if (attribute.AttributeConstructor is not null)
        {
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "ErrorMessage")
                {
                    return true;
                }
            }

            return false;
        }

        return Syntax(attribute) is { ArgumentList: { } list } && list.Arguments.Any(a => a.NameEquals?.Name.Identifier.ValueText == "ErrorMessage");
    }

    private static void Add(List<DeclaredText> texts, DeclaredKind kind, string? text, string what)
    {
        if (text is null || text.Length == 0 || text.Length > MaximumText || string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        texts.Add(new DeclaredText(kind, text, what + " '" + text + "'"));
    }

    /// <summary>The phrase a <c>DataType</c> member stands for, when it is personal data; null for the others (Date, Url, Html…).</summary>
    private static (string Phrase, string Member)? DataTypePhrase(string? member) => member switch
    {
        "EmailAddress" => ("email address", member),
        "PhoneNumber" => ("phone number", member),
        "CreditCard" => ("credit card number", member),
        "PostalCode" => ("postal code", member),
        "Password" => ("password", member),
        _ => null,
    };

    /// <summary>The attribute's simple name without "Attribute" (<c>Display</c> for <c>[System.ComponentModel.DataAnnotations.Display]</c>), from its type or, when the type did not resolve, its syntax.</summary>
    private static string SimpleName(AttributeData attribute)
    {
        var name = attribute.AttributeClass is { TypeKind: not TypeKind.Error } type ? type.Name : SyntaxName(attribute) ?? attribute.AttributeClass?.Name ?? "";
        return name.EndsWith("Attribute", StringComparison.Ordinal) && name.Length > "Attribute".Length ? name.Substring(0, name.Length - "Attribute".Length) : name;
    }

    private static string? SyntaxName(AttributeData attribute) => AttributeNameSyntax.Rightmost(Syntax(attribute)?.Name);

    private static AttributeSyntax? Syntax(AttributeData attribute) => attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax;

    /// <summary>
    /// The arguments of one attribute: from the bound attribute when its constructor resolved, otherwise from its syntax
    /// (string literals; constants through a semantic model, made only then).
    /// </summary>
    private readonly struct Arguments
    {
        private readonly AttributeData _attribute;
        private readonly Compilation _compilation;
        private readonly bool _bound;

        public Arguments(AttributeData attribute, Compilation compilation)
        {
            _attribute = attribute;
            _compilation = compilation;
            _bound = attribute.AttributeConstructor is not null;
        }

        public string? Positional(int index)
        {
            if (_bound)
            {
                var constructor = _attribute.ConstructorArguments;
                return index < constructor.Length && constructor[index] is { Kind: TypedConstantKind.Primitive, Value: string text } ? text : null;
            }

            var list = Syntax(_attribute)?.ArgumentList;
            if (list is null)
            {
                return null;
            }

            var position = 0;
            foreach (var argument in list.Arguments)
            {
                if (argument.NameEquals is not null || argument.NameColon is not null)
                {
                    continue;
                }

                if (position++ == index)
                {
                    return Constant(argument.Expression);
                }
            }

            return null;
        }

        public string? Named(string name)
        {
            if (_bound)
            {
                foreach (var named in _attribute.NamedArguments)
                {
                    if (named.Key == name && named.Value is { Kind: TypedConstantKind.Primitive, Value: string text })
                    {
                        return text;
                    }
                }

                return null;
            }

            var list = Syntax(_attribute)?.ArgumentList;
            if (list is null)
            {
                return null;
            }

            foreach (var argument in list.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == name)
                {
                    return Constant(argument.Expression);
                }
            }

            return null;
        }

        /// <summary>The name of the enum member passed at <paramref name="index"/> (<c>EmailAddress</c> of <c>DataType.EmailAddress</c>).</summary>
        public string? EnumMember(int index)
        {
            if (_bound)
            {
                var constructor = _attribute.ConstructorArguments;
                if (index >= constructor.Length || constructor[index] is not { Kind: TypedConstantKind.Enum, Type: INamedTypeSymbol enumType, Value: { } value })
                {
                    return null;
                }

                foreach (var member in enumType.GetMembers())
                {
                    if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, value))
                    {
                        return field.Name;
                    }
                }

                return null;
            }

            var list = Syntax(_attribute)?.ArgumentList;
            return list is not null && index < list.Arguments.Count && list.Arguments[index].NameEquals is null
                ? list.Arguments[index].Expression switch
                {
                    MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    _ => null,
                }
                : null;
        }

        private string? Constant(ExpressionSyntax expression)
        {
            if (expression is LiteralExpressionSyntax literal)
            {
                return literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;
            }

            // A constant (Labels.Phone, "Număr " + "de telefon"): its value, when the compiler can evaluate it.
            if (expression is MemberAccessExpressionSyntax or IdentifierNameSyntax or BinaryExpressionSyntax or ParenthesizedExpressionSyntax
                && _compilation.ContainsSyntaxTree(expression.SyntaxTree))
            {
                var value = _compilation.GetSemanticModel(expression.SyntaxTree).GetConstantValue(expression);
                return value.HasValue ? value.Value as string : null;
            }

            return null;
        }
    }
}
