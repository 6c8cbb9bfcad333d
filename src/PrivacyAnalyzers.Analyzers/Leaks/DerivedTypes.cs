using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Leaks;

/// <summary>
/// The types of this compilation's source an object of a base type, an interface or a constrained type parameter can be
/// at run time, for a structured log argument (<c>{@Command}</c> where the static type is <c>TRequest</c> or
/// <c>CommandBase</c>): the first source type deriving from (implementing) it whose objects carry personal data.
/// Unconstrained type parameters and <c>object</c> are not expanded (every type would match). The source types are
/// listed once per compilation, on the first question; answers are cached per type.
/// </summary>
internal sealed class DerivedTypes
{
    private const int MaxTypes = 20_000;

    private readonly Compilation _compilation;
    private readonly PersonalDataKnowledge _knowledge;
    private readonly System.Lazy<ImmutableArray<INamedTypeSymbol>> _sourceTypes;
    private readonly ConcurrentDictionary<ITypeSymbol, (INamedTypeSymbol Type, ISymbol Member)?> _answers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, IMethodSymbol?> _implementations = new(SymbolEqualityComparer.Default);

    public DerivedTypes(Compilation compilation, PersonalDataKnowledge knowledge)
    {
        _compilation = compilation;
        _knowledge = knowledge;
        _sourceTypes = new System.Lazy<ImmutableArray<INamedTypeSymbol>>(ListSourceTypes);
    }

    /// <summary>
    /// The one implementation in this compilation's source of an interface or abstract method declared in it, or null
    /// when there is none or more than one (the call could then go to any of them). Cached per method.
    /// </summary>
    public IMethodSymbol? SingleImplementation(IMethodSymbol method) => _implementations.GetOrAdd(method, FindImplementation);

    private IMethodSymbol? FindImplementation(IMethodSymbol method)
    {
        if (method.ContainingType is not { } owner)
        {
            return null;
        }

        IMethodSymbol? found = null;
        foreach (var candidate in _sourceTypes.Value)
        {
            if (candidate.IsAbstract || !Derives(candidate, owner.OriginalDefinition))
            {
                continue;
            }

            IMethodSymbol? implementation = null;
            if (owner.TypeKind == TypeKind.Interface)
            {
                implementation = candidate.FindImplementationForInterfaceMember(method) as IMethodSymbol;
            }
            else
            {
                for (var current = candidate; current is not null && implementation is null; current = current.BaseType)
                {
                    foreach (var member in current.GetMembers(method.Name))
                    {
                        for (var overridden = member as IMethodSymbol; overridden is not null; overridden = overridden.OverriddenMethod)
                        {
                            if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, method) && !SymbolEqualityComparer.Default.Equals(member, method))
                            {
                                implementation = (IMethodSymbol)member;
                                break;
                            }
                        }
                    }
                }
            }

            if (implementation is null || implementation.IsAbstract)
            {
                continue;
            }

            if (found is not null && !SymbolEqualityComparer.Default.Equals(found.OriginalDefinition, implementation.OriginalDefinition))
            {
                return null;
            }

            found = implementation.OriginalDefinition;
        }

        return found;
    }

    /// <summary>A source type an object of static type <paramref name="type"/> can be that carries personal data, and the member; or null.</summary>
    public (INamedTypeSymbol Type, ISymbol Member)? CarryingDerived(ITypeSymbol type)
    {
        if (type is ITypeParameterSymbol parameter)
        {
            foreach (var constraint in parameter.ConstraintTypes)
            {
                if (CarryingDerived(constraint) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Interface, IsSealed: false } named
            || named.OriginalDefinition.SpecialType != SpecialType.None)
        {
            return null;
        }

        return _answers.GetOrAdd(named.OriginalDefinition, Find);
    }

    private (INamedTypeSymbol, ISymbol)? Find(ITypeSymbol baseType)
    {
        foreach (var candidate in _sourceTypes.Value)
        {
            if (candidate.IsAbstract || !Derives(candidate, (INamedTypeSymbol)baseType))
            {
                continue;
            }

            if (_knowledge.CarriedMember(candidate) is { } member)
            {
                return (candidate, member);
            }
        }

        return null;
    }

    private static bool Derives(INamedTypeSymbol candidate, INamedTypeSymbol baseType)
    {
        if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, baseType))
        {
            return false;
        }

        if (baseType.TypeKind == TypeKind.Interface)
        {
            foreach (var implemented in candidate.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        for (var current = candidate.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private ImmutableArray<INamedTypeSymbol> ListSourceTypes()
    {
        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(_compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0 && builder.Count < MaxTypes)
        {
            var current = pending.Pop();
            if (current is INamespaceSymbol ns)
            {
                foreach (var member in ns.GetMembers())
                {
                    pending.Push(member);
                }
            }
            else if (current is INamedTypeSymbol type)
            {
                if (type.TypeKind is TypeKind.Class or TypeKind.Struct && !type.IsImplicitlyDeclared && !type.DeclaringSyntaxReferences.IsEmpty)
                {
                    builder.Add(type);
                }

                foreach (var nested in type.GetTypeMembers())
                {
                    pending.Push(nested);
                }
            }
        }

        return builder.ToImmutable();
    }
}
