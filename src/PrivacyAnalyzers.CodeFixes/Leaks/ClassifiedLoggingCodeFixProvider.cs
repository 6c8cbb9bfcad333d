using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Leaks;

namespace PrivacyAnalyzers.CodeFixes.Leaks;

/// <summary>
/// PRIV020, for projects that use Microsoft's redaction (Microsoft.Extensions.Compliance classifications and
/// Microsoft.Extensions.Telemetry.Abstractions' [LoggerMessage] generator): makes the logged personal data go through a
/// classified [LoggerMessage] parameter, which the generator hands to the redactor configured for the classification.
/// <list type="bullet">
/// <item>A call to a [LoggerMessage] method declared in source: the parameter receiving the data gets the classification.</item>
/// <item>A <c>logger.LogInformation("… {Email} …", …)</c> call (Trace to Critical, with or without an exception) whose
/// message is a constant: the fix adds a <c>private static partial</c> [LoggerMessage] method to the containing type
/// (made partial), with one parameter per placeholder — the ones receiving personal data classified — and calls it.</item>
/// </list>
/// One action per classification attribute the project can use: its own subclasses of DataClassificationAttribute
/// with a parameterless constructor, then Microsoft's [UnknownDataClassification] (erased by the default fallback
/// redactor). Not offered when the project does not reference both packages.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClassifiedLoggingCodeFixProvider))]
[Shared]
public sealed class ClassifiedLoggingCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKeyPrefix = "PRIV020.ClassifiedLoggerMessage.";

    private const string UnknownClassificationName = "Microsoft.Extensions.Compliance.Classification.UnknownDataClassificationAttribute";
    private const int MaxClassifications = 3;

    private static readonly SymbolDisplayFormat TypeFormat =
        SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly string[] Levels = { "Trace", "Debug", "Information", "Warning", "Error", "Critical" };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.PersonalDataLogged);

    /// <summary>
    /// None by design: each fix rewrites the containing type (partial, plus a [LoggerMessage] method named after the
    /// message), so the fixes of several calls in one type would edit the same declaration; they are applied one at a time.
    /// </summary>
    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        var compilation = model.Compilation;
        var types = PrivacyTypes.Create(compilation);
        if (types.DataClassification is null || compilation.GetTypeByMetadataName(LogSinks.LogPropertiesAttributeName) is null)
        {
            return;
        }

        var classifications = Classifications(compilation, types);
        if (classifications.Count == 0)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.ContainsKey(CallSiteReports.ViaKey))
            {
                // Reported where the data is handed to a method that logs it: no log call here to route.
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var argument = node.AncestorsAndSelf().OfType<ArgumentSyntax>().FirstOrDefault(a => a.Parent?.Parent is InvocationExpressionSyntax);
            if (argument?.Parent?.Parent is not InvocationExpressionSyntax invocationSyntax
                || model.GetOperation(invocationSyntax, context.CancellationToken) is not IInvocationOperation invocation)
            {
                continue;
            }

            var sinks = LogSinks.Create(compilation);
            if (sinks.IsLoggerMessage(invocation.TargetMethod))
            {
                RegisterClassifyParameter(context, diagnostic, invocation, argument, classifications);
            }
            else if (Template.TryCreate(invocation, argument, compilation) is { } template)
            {
                foreach (var classification in classifications)
                {
                    var name = AttributeName(classification);
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Log through a [LoggerMessage] method with the personal data classified [{name}]",
                            cancellationToken => RouteThroughLoggerMessageAsync(context.Document, invocationSyntax, template, classification, cancellationToken),
                            EquivalenceKeyPrefix + "Route." + classification.ToDisplayString()),
                        diagnostic);
                }
            }
        }
    }

    private static void RegisterClassifyParameter(CodeFixContext context, Diagnostic diagnostic, IInvocationOperation invocation, ArgumentSyntax argument, List<INamedTypeSymbol> classifications)
    {
        var argumentOperation = invocation.Arguments.FirstOrDefault(a => a.Syntax == argument);
        var method = invocation.TargetMethod.PartialDefinitionPart ?? invocation.TargetMethod;
        if (argumentOperation?.Parameter is not { } parameter
            || method.Parameters.Length <= parameter.Ordinal
            || method.Parameters[parameter.Ordinal].DeclaringSyntaxReferences.FirstOrDefault() is not { } reference)
        {
            return;
        }

        var declared = method.Parameters[parameter.Ordinal];
        foreach (var classification in classifications)
        {
            var name = AttributeName(classification);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Classify parameter '{declared.Name}' of '{method.Name}' as [{name}]",
                    cancellationToken => ClassifyParameterAsync(context.Document.Project.Solution, reference, classification, cancellationToken),
                    EquivalenceKeyPrefix + "Parameter." + classification.ToDisplayString()),
                diagnostic);
        }
    }

    private static async Task<Solution> ClassifyParameterAsync(Solution solution, SyntaxReference reference, INamedTypeSymbol classification, CancellationToken cancellationToken)
    {
        var document = solution.GetDocument(reference.SyntaxTree);
        if (document is null || await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not ParameterSyntax parameter)
        {
            return solution;
        }

        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var list = AttributeList(classification).WithLeadingTrivia(parameter.GetLeadingTrivia());
        var newParameter = parameter.WithoutLeadingTrivia().WithAttributeLists(parameter.AttributeLists.Insert(0, list));
        return solution.WithDocumentSyntaxRoot(document.Id, root!.ReplaceNode(parameter, newParameter));
    }

    private static async Task<Document> RouteThroughLoggerMessageAsync(Document document, InvocationExpressionSyntax call, Template template, INamedTypeSymbol classification, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || call.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } typeDeclaration
            || model.GetDeclaredSymbol(typeDeclaration, cancellationToken) is not { } type)
        {
            return document;
        }

        var methodName = UniqueName(type, template.MethodName);
        var parameters = new StringBuilder("global::Microsoft.Extensions.Logging.ILogger logger");
        var arguments = new List<ArgumentSyntax> { SyntaxFactory.Argument(template.Logger.WithoutTrivia()) };
        if (template.Exception is { } exception)
        {
            parameters.Append(", global::System.Exception exception");
            arguments.Add(SyntaxFactory.Argument(exception.WithoutTrivia()));
        }

        foreach (var placeholder in template.Placeholders)
        {
            parameters.Append(", ");
            if (placeholder.Personal)
            {
                parameters.Append("[global::").Append(classification.ToDisplayString()).Append("] ");
            }

            parameters.Append(placeholder.TypeName).Append(' ').Append(placeholder.ParameterName);
            arguments.Add(SyntaxFactory.Argument(placeholder.Value.WithoutTrivia()));
        }

        var declaration = (MethodDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(
            $"[global::Microsoft.Extensions.Logging.LoggerMessage(Level = global::Microsoft.Extensions.Logging.LogLevel.{template.Level}, Message = {SymbolDisplay.FormatLiteral(template.Message, quote: true)})]\n"
            + $"private static partial void {methodName}({parameters});\n")!;
        var endOfLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        declaration = declaration
            .WithLeadingTrivia(endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine : SyntaxFactory.CarriageReturnLineFeed)
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);

        var replacement = SyntaxFactory.InvocationExpression(SyntaxFactory.IdentifierName(methodName), SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments)))
            .WithTriviaFrom(call)
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);

        var typeAnnotation = new SyntaxAnnotation();
        var newRoot = root.ReplaceNode(typeDeclaration, typeDeclaration.WithAdditionalAnnotations(typeAnnotation));
        var annotatedCall = newRoot.GetAnnotatedNodes(typeAnnotation).OfType<TypeDeclarationSyntax>().Single()
            .DescendantNodes().OfType<InvocationExpressionSyntax>().First(n => n.Span.Length == call.Span.Length && n.IsEquivalentTo(call));
        newRoot = newRoot.ReplaceNode(annotatedCall, replacement);
        var newType = newRoot.GetAnnotatedNodes(typeAnnotation).OfType<TypeDeclarationSyntax>().Single();
        var withMethod = newType.AddMembers(declaration);
        newRoot = newRoot.ReplaceNode(newType, withMethod);

        // Every type declaration from the containing type outwards must be partial.
        var current = newRoot.GetAnnotatedNodes(typeAnnotation).OfType<TypeDeclarationSyntax>().Single();
        var toMakePartial = current.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().Where(t => !t.Modifiers.Any(SyntaxKind.PartialKeyword)).ToList();
        newRoot = newRoot.ReplaceNodes(toMakePartial, (original, rewritten) => MakePartial(rewritten));
        return document.WithSyntaxRoot(newRoot);
    }

    private static TypeDeclarationSyntax MakePartial(TypeDeclarationSyntax type)
    {
        var partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        if (type.Modifiers.Count == 0)
        {
            return type.WithModifiers(SyntaxFactory.TokenList(partial.WithLeadingTrivia(type.Keyword.LeadingTrivia)))
                .WithKeyword(type.Keyword.WithLeadingTrivia());
        }

        return type.WithModifiers(type.Modifiers.Add(partial));
    }

    private static string UniqueName(INamedTypeSymbol type, string name)
    {
        var taken = new HashSet<string>(type.GetMembers().Select(m => m.Name), System.StringComparer.Ordinal);
        var candidate = name;
        for (var i = 2; taken.Contains(candidate); i++)
        {
            candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static AttributeListSyntax AttributeList(INamedTypeSymbol classification) =>
        SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Attribute(SyntaxFactory.ParseName("global::" + classification.ToDisplayString()))))
            .WithTrailingTrivia(SyntaxFactory.Space)
            .WithAdditionalAnnotations(Simplifier.Annotation);

    private static string AttributeName(INamedTypeSymbol classification) =>
        classification.Name.EndsWith("Attribute", System.StringComparison.Ordinal) ? classification.Name.Substring(0, classification.Name.Length - "Attribute".Length) : classification.Name;

    /// <summary>The project's own classification attributes (up to three, by name), then [UnknownDataClassification].</summary>
    private static List<INamedTypeSymbol> Classifications(Compilation compilation, PrivacyTypes types)
    {
        var found = new List<INamedTypeSymbol>();
        var stack = new Stack<INamespaceOrTypeSymbol>();
        stack.Push(compilation.Assembly.GlobalNamespace);
        while (stack.Count > 0)
        {
            foreach (var member in stack.Pop().GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    stack.Push(ns);
                }
                else if (member is INamedTypeSymbol type)
                {
                    stack.Push(type);
                    if (IsUsableClassification(type, types, compilation))
                    {
                        found.Add(type);
                    }
                }
            }
        }

        var result = found.OrderBy(t => t.ToDisplayString(), System.StringComparer.Ordinal).Take(MaxClassifications).ToList();
        if (compilation.GetTypeByMetadataName(UnknownClassificationName) is { } unknown && IsUsableClassification(unknown, types, compilation))
        {
            result.Add(unknown);
        }

        return result;
    }

    private static bool IsUsableClassification(INamedTypeSymbol type, PrivacyTypes types, Compilation compilation)
    {
        if (type.IsAbstract || type.IsGenericType || type.TypeKind != TypeKind.Class || !compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
        {
            return false;
        }

        var isClassification = false;
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, types.NoDataClassification) || SymbolEqualityComparer.Default.Equals(type, types.NoDataClassification))
            {
                return false;
            }

            isClassification |= SymbolEqualityComparer.Default.Equals(current, types.DataClassification);
        }

        return isClassification && type.InstanceConstructors.Any(c => c.Parameters.IsEmpty && c.DeclaredAccessibility == Accessibility.Public);
    }

    /// <summary>A logger extension call with a constant message whose placeholders match its arguments one to one.</summary>
    private sealed class Template
    {
        private Template(ExpressionSyntax logger, ExpressionSyntax? exception, string level, string message, List<Placeholder> placeholders)
        {
            Logger = logger;
            Exception = exception;
            Level = level;
            Message = message;
            Placeholders = placeholders;
        }

        public ExpressionSyntax Logger { get; }

        public ExpressionSyntax? Exception { get; }

        public string Level { get; }

        public string Message { get; }

        public List<Placeholder> Placeholders { get; }

        public string MethodName
        {
            get
            {
                var words = new StringBuilder("Log");
                var count = 0;
                var i = 0;
                while (i < Message.Length && Message[i] != '{' && count < 4)
                {
                    if (char.IsLetter(Message[i]))
                    {
                        var start = i;
                        while (i < Message.Length && char.IsLetterOrDigit(Message[i]))
                        {
                            i++;
                        }

                        var word = Message.Substring(start, i - start);
                        words.Append(char.ToUpperInvariant(word[0])).Append(word.Substring(1));
                        count++;
                    }
                    else
                    {
                        i++;
                    }
                }

                return count == 0 ? "LogMessage" : words.ToString();
            }
        }

        public static Template? TryCreate(IInvocationOperation invocation, ArgumentSyntax flagged, Compilation compilation)
        {
            var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
            if (method.ContainingType?.ToDisplayString() != "Microsoft.Extensions.Logging.LoggerExtensions"
                || !method.Name.StartsWith("Log", System.StringComparison.Ordinal)
                || System.Array.IndexOf(Levels, method.Name.Substring(3)) < 0)
            {
                return null;
            }

            ExpressionSyntax? logger = null;
            ExpressionSyntax? exception = null;
            string? message = null;
            var values = new List<(IOperation Value, ExpressionSyntax Syntax)>();
            foreach (var argument in invocation.Arguments)
            {
                switch (argument.Parameter?.Name)
                {
                    case "logger":
                        logger = (argument.Value.Syntax as ExpressionSyntax) ?? (invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Expression : null);
                        break;
                    case "exception":
                        exception = argument.Value.Syntax as ExpressionSyntax;
                        break;
                    case "message":
                        message = argument.Value.ConstantValue.HasValue ? argument.Value.ConstantValue.Value as string : null;
                        break;
                    case "args" when argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer }:
                        values.AddRange(initializer.ElementValues.Select(v => (v, (ExpressionSyntax)v.Syntax)));
                        break;
                    default:
                        return null;
                }
            }

            if (invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax receiver } && invocation.TargetMethod.ReducedFrom is not null)
            {
                logger = receiver.Expression;
            }

            var names = message is null ? null : PlaceholderNames(message);
            if (logger is null || message is null || names is null || names.Count != values.Count
                || !values.Any(v => flagged.Expression.Span.Contains(v.Syntax.Span)))
            {
                return null;
            }

            var state = LeakCompilationState.TryCreate(compilation, new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(ImmutableArray<AdditionalText>.Empty));
            var tracker = state?.Tracker(invocation, null);
            var placeholders = new List<Placeholder>();
            var taken = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase) { "logger", "exception" };
            for (var i = 0; i < names.Count; i++)
            {
                var parameterName = char.ToLowerInvariant(names[i][0]) + names[i].Substring(1);
                if (!SyntaxFacts.IsValidIdentifier(parameterName) || SyntaxFacts.GetKeywordKind(parameterName) != SyntaxKind.None || !taken.Add(parameterName))
                {
                    return null;
                }

                var value = values[i].Value is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : values[i].Value;
                var typeName = value.Type is { } valueType && valueType.TypeKind != TypeKind.Error
                    ? valueType.ToDisplayString(TypeFormat)
                    : "object";
                var personal = flagged.Expression.Span.Contains(values[i].Syntax.Span)
                    || (tracker?.FindFirst(values[i].Value, ValueContext.Structured) is not null);
                placeholders.Add(new Placeholder(parameterName, typeName, values[i].Syntax, personal));
            }

            return new Template(logger, exception, method.Name.Substring(3), message, placeholders);
        }

        /// <summary>The names of <c>{Name}</c>, <c>{Name:format}</c>, <c>{Name,align}</c> in order; <c>{{</c> is literal. Null when malformed.</summary>
        private static List<string>? PlaceholderNames(string message)
        {
            var names = new List<string>();
            for (var i = 0; i < message.Length; i++)
            {
                if (message[i] == '{')
                {
                    if (i + 1 < message.Length && message[i + 1] == '{')
                    {
                        i++;
                        continue;
                    }

                    var end = message.IndexOf('}', i);
                    if (end < 0)
                    {
                        return null;
                    }

                    var name = message.Substring(i + 1, end - i - 1).Split(':', ',')[0].Trim();
                    if (name.Length == 0)
                    {
                        return null;
                    }

                    names.Add(name);
                    i = end;
                }
                else if (message[i] == '}' && i + 1 < message.Length && message[i + 1] == '}')
                {
                    i++;
                }
            }

            return names;
        }
    }

    private sealed class Placeholder
    {
        public Placeholder(string parameterName, string typeName, ExpressionSyntax value, bool personal)
        {
            ParameterName = parameterName;
            TypeName = typeName;
            Value = value;
            Personal = personal;
        }

        public string ParameterName { get; }

        public string TypeName { get; }

        public ExpressionSyntax Value { get; }

        public bool Personal { get; }
    }
}
