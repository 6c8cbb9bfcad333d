using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Leaks;

/// <summary>
/// The logging methods PRIV020 watches, recognised by the metadata names of their types (no package reference needed):
/// Microsoft.Extensions.Logging (<c>LoggerExtensions</c>, <c>ILogger</c>, <c>[LoggerMessage]</c> methods),
/// <c>System.Console</c> and <c>Console.Out</c>/<c>Console.Error</c>, <c>System.Diagnostics.Debug</c>/<c>Trace</c>,
/// Serilog, NLog and log4net. Types absent from the compilation are simply not watched.
/// </summary>
internal sealed class LogSinks
{
    private static readonly (string Type, string[] Methods, string Display)[] Known =
    {
        ("Microsoft.Extensions.Logging.LoggerExtensions", new[] { "Log", "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical", "BeginScope" }, "ILogger"),
        ("Microsoft.Extensions.Logging.ILogger", new[] { "Log", "BeginScope" }, "ILogger"),
        ("System.Console", new[] { "Write", "WriteLine" }, "Console"),
        ("System.Diagnostics.Debug", new[] { "Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "Fail", "Assert" }, "Debug"),
        ("System.Diagnostics.Trace", new[] { "Write", "WriteLine", "WriteIf", "WriteLineIf", "Fail", "Assert", "TraceInformation", "TraceWarning", "TraceError" }, "Trace"),
        ("Serilog.Log", new[] { "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "ForContext" }, "Serilog.Log"),
        ("Serilog.ILogger", new[] { "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "ForContext" }, "Serilog.ILogger"),
        ("Serilog.Core.Logger", new[] { "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "ForContext" }, "Serilog.Logger"),
        ("Serilog.Context.LogContext", new[] { "PushProperty" }, "Serilog.LogContext"),
        ("NLog.ILogger", new[] { "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Log", "ConditionalTrace", "ConditionalDebug" }, "NLog.ILogger"),
        ("NLog.ILoggerBase", new[] { "Log" }, "NLog.ILogger"),
        ("NLog.Logger", new[] { "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Log", "ConditionalTrace", "ConditionalDebug" }, "NLog.Logger"),
        ("log4net.ILog", new[] { "Debug", "Info", "Warn", "Error", "Fatal", "DebugFormat", "InfoFormat", "WarnFormat", "ErrorFormat", "FatalFormat" }, "log4net.ILog"),
    };

    private readonly Dictionary<INamedTypeSymbol, (HashSet<string> Methods, string Display)> _types;
    private readonly INamedTypeSymbol? _loggerMessageAttribute;
    private readonly INamedTypeSymbol? _console;
    private readonly INamedTypeSymbol? _textWriter;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IMethodSymbol, bool> _loggerMessageMethods = new(SymbolEqualityComparer.Default);

    private LogSinks(Compilation compilation)
    {
        _types = new Dictionary<INamedTypeSymbol, (HashSet<string>, string)>(SymbolEqualityComparer.Default);
        foreach (var (typeName, methods, display) in Known)
        {
            if (compilation.GetTypeByMetadataName(typeName) is { } type)
            {
                _types[type] = (new HashSet<string>(methods), display);
            }
        }

        _loggerMessageAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerMessageAttribute");
        _console = compilation.GetTypeByMetadataName("System.Console");
        _textWriter = compilation.GetTypeByMetadataName("System.IO.TextWriter");
    }

    public static LogSinks Create(Compilation compilation) => new(compilation);

    /// <summary>Whether a call is a logging call; <paramref name="display"/> names it for the message (<c>ILogger.LogInformation</c>).</summary>
    public bool IsLogCall(IMethodSymbol method, IOperation? receiver, out string display)
    {
        var definition = (method.ReducedFrom ?? method).OriginalDefinition;
        if (definition.ContainingType is { } containing && _types.TryGetValue(containing, out var known) && known.Methods.Contains(definition.Name))
        {
            display = known.Display + "." + definition.Name;
            return true;
        }

        if (_loggerMessageAttribute is not null && _loggerMessageMethods.GetOrAdd(definition, IsLoggerMessageMethod))
        {
            display = definition.ContainingType?.Name + "." + definition.Name;
            return true;
        }

        if (_textWriter is not null && _console is not null
            && definition.Name is "Write" or "WriteLine" or "WriteAsync" or "WriteLineAsync"
            && IsConsoleWriter(receiver))
        {
            display = "Console." + ((IPropertyReferenceOperation)Unwrap(receiver!)).Property.Name + "." + definition.Name;
            return true;
        }

        display = string.Empty;
        return false;
    }

    private bool IsLoggerMessageMethod(IMethodSymbol method)
    {
        if (!method.IsPartialDefinition && method.PartialDefinitionPart is null && method.PartialImplementationPart is null)
        {
            // [LoggerMessage] methods are partial; a quick exit for every other call.
            if (method.DeclaringSyntaxReferences.Length > 0)
            {
                return false;
            }
        }

        var target = method.PartialDefinitionPart ?? method;
        foreach (var attribute in target.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _loggerMessageAttribute))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsConsoleWriter(IOperation? receiver) =>
        receiver is not null
        && Unwrap(receiver) is IPropertyReferenceOperation { Property: { IsStatic: true, Name: "Out" or "Error" } property }
        && SymbolEqualityComparer.Default.Equals(property.ContainingType, _console);

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
