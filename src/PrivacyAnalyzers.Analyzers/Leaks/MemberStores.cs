using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Leaks;

/// <summary>
/// The values a source type assigns to its own fields and properties anywhere in its declaration (methods,
/// constructors, accessors, field and property initializers; other partial parts included), each with the local-value
/// index of the body it is in. Field-sensitive: a member carries only what is assigned to that member. Built once per
/// type, on the first read of one of its unannotated members in a value the leak rules follow.
/// </summary>
internal sealed class MemberStores
{
    private const int MaxValuesPerMember = 16;

    private static readonly MemberStores None = new(new Dictionary<ISymbol, List<StoredValue>>(SymbolEqualityComparer.Default));

    private readonly Dictionary<ISymbol, List<StoredValue>> _values;

    private MemberStores(Dictionary<ISymbol, List<StoredValue>> values) => _values = values;

    /// <summary>The values stored in <paramref name="member"/> (its original definition) within its type.</summary>
    public IReadOnlyList<StoredValue> ValuesOf(ISymbol member) =>
        _values.TryGetValue(member.OriginalDefinition, out var values) ? values : (IReadOnlyList<StoredValue>)System.Array.Empty<StoredValue>();

    internal static MemberStores Build(MethodSummaries summaries, INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var values = new Dictionary<ISymbol, List<StoredValue>>(SymbolEqualityComparer.Default);
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration
                || declaration.Span.Length > MethodSummaries.MaxBodyLength * 4
                || summaries.ModelFor(declaration.SyntaxTree) is not { } model)
            {
                continue;
            }

            foreach (var memberSyntax in declaration.Members)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var node in BodiesOf(memberSyntax))
                {
                    if (model.GetOperation(node, cancellationToken) is not { } body)
                    {
                        continue;
                    }

                    var locals = new System.Lazy<LocalValueIndex>(() => LocalValueIndex.Build(ImmutableArray.Create(body)));
                    foreach (var operation in body.DescendantsAndSelf())
                    {
                        switch (operation)
                        {
                            case IAssignmentOperation assignment when assignment is not IDeconstructionAssignmentOperation:
                                if (OwnMember(assignment.Target, type) is { } member)
                                {
                                    Add(values, member, new StoredValue(assignment.Value, locals));
                                }

                                break;
                            case ISymbolInitializerOperation initializer:
                                var initialized = initializer switch
                                {
                                    IFieldInitializerOperation field => field.InitializedFields.CastArray<ISymbol>(),
                                    IPropertyInitializerOperation property => property.InitializedProperties.CastArray<ISymbol>(),
                                    _ => ImmutableArray<ISymbol>.Empty,
                                };
                                foreach (var initializedMember in initialized)
                                {
                                    Add(values, initializedMember.OriginalDefinition, new StoredValue(initializer.Value, locals));
                                }

                                break;
                        }
                    }
                }
            }
        }

        return values.Count == 0 ? None : new MemberStores(values);
    }

    private static IEnumerable<SyntaxNode> BodiesOf(MemberDeclarationSyntax member)
    {
        switch (member)
        {
            case BaseMethodDeclarationSyntax method:
                yield return method;
                break;
            case PropertyDeclarationSyntax property:
                if (property.ExpressionBody is { } arrow)
                {
                    yield return arrow;
                }

                if (property.AccessorList is { } accessors)
                {
                    foreach (var accessor in accessors.Accessors)
                    {
                        yield return accessor;
                    }
                }

                if (property.Initializer is { } initializer)
                {
                    yield return initializer;
                }

                break;
            case BaseFieldDeclarationSyntax field:
                foreach (var variable in field.Declaration.Variables)
                {
                    if (variable.Initializer is { } fieldInitializer)
                    {
                        yield return fieldInitializer;
                    }
                }

                break;
        }
    }

    private static ISymbol? OwnMember(IOperation target, INamedTypeSymbol type)
    {
        while (target is IConversionOperation conversion)
        {
            target = conversion.Operand;
        }

        ISymbol? member = target switch
        {
            IFieldReferenceOperation { Field.IsConst: false, Instance: null or IInstanceReferenceOperation } field => field.Field,
            IPropertyReferenceOperation { Property.IsIndexer: false, Instance: null or IInstanceReferenceOperation } property => property.Property,
            _ => null,
        };
        return member is not null && SymbolEqualityComparer.Default.Equals(member.ContainingType?.OriginalDefinition, type) ? member.OriginalDefinition : null;
    }

    private static void Add(Dictionary<ISymbol, List<StoredValue>> values, ISymbol member, StoredValue value)
    {
        if (!values.TryGetValue(member, out var list))
        {
            list = new List<StoredValue>(1);
            values.Add(member, list);
        }

        if (list.Count < MaxValuesPerMember)
        {
            list.Add(value);
        }
    }
}

/// <summary>A value stored in a member, with the local-value index of the body that stores it.</summary>
internal readonly struct StoredValue
{
    public StoredValue(IOperation value, System.Lazy<LocalValueIndex> locals)
    {
        Value = value;
        Locals = locals;
    }

    public IOperation Value { get; }

    public System.Lazy<LocalValueIndex> Locals { get; }
}
