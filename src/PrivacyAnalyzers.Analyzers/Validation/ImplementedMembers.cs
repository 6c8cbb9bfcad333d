using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Validation;

/// <summary>
/// Finds the annotated member a property overrides or implements (PRIV016 and its code fix share this): the nearest
/// overridden property with a personal-data marker, else the first interface property it implements (explicitly or
/// implicitly) that has one. Base members may be in source or metadata.
/// </summary>
internal static class ImplementedMembers
{
    public static IPropertySymbol? FindAnnotatedBase(IPropertySymbol property, AnnotationReader reader, out AttributeData? marker)
    {
        for (var overridden = property.OverriddenProperty; overridden is not null; overridden = overridden.OverriddenProperty)
        {
            marker = reader.FindPersonalDataMarker(overridden.OriginalDefinition, out _);
            if (marker is not null)
            {
                return overridden;
            }
        }

        foreach (var implemented in property.ExplicitInterfaceImplementations)
        {
            marker = reader.FindPersonalDataMarker(implemented.OriginalDefinition, out _);
            if (marker is not null)
            {
                return implemented;
            }
        }

        var type = property.ContainingType;
        if (type is not null && property.ExplicitInterfaceImplementations.IsEmpty && !property.IsStatic)
        {
            foreach (var @interface in type.AllInterfaces)
            {
                foreach (var member in @interface.GetMembers(property.Name))
                {
                    if (member is IPropertySymbol interfaceProperty
                        && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(interfaceProperty), property))
                    {
                        marker = reader.FindPersonalDataMarker(interfaceProperty.OriginalDefinition, out _);
                        if (marker is not null)
                        {
                            return interfaceProperty;
                        }
                    }
                }
            }
        }

        marker = null;
        return null;
    }
}
