namespace System.Runtime.CompilerServices;

/// <summary>Lets the netstandard2.0 generator declare records (init accessors).</summary>
internal static class IsExternalInit
{
}
