using System;
using System.Collections.Generic;
using System.Globalization;
using PrivacyAnalyzers.Generator.Model;
using PrivacyAnalyzers.Generator.Parsing;

namespace PrivacyAnalyzers.Generator.Emitting;

/// <summary>
/// Emits one [DataSubject] type's eraser (<c>{Type}PrivacyEraser</c>: <c>Erase</c>, <c>Preview</c>) and retention
/// schedule (<c>{Type}PrivacyRetention</c>: <c>ExpiredMembers</c>, <c>Purge</c>), with one private walker per walked
/// type. The code is C# 8 (no <c>is not</c>, no target-typed expressions) and reflection-free. See docs/erasure.md.
/// </summary>
internal sealed class EraserEmitter
{
    private const string Ns = "global::PrivacyAnalyzers.Erasure.";
    private const string Session = Ns + "ErasureSession";
    private const string Starts = Ns + "RetentionStarts";
    private const string Clock = Ns + "RetentionClock";

    private static readonly string[] StartNames =
    {
        "Unspecified", "Collection", "LastActivity", "EndOfContract", "ConsentWithdrawal", "AccountClosure", "UnansweredCommunications", "StatutoryPeriodEnd",
    };

    private readonly EraserModel _model;
    private readonly CodeWriter _w = new();
    private readonly Dictionary<string, string> _hoisted = new(StringComparer.Ordinal);
    private int _locals;

    private EraserEmitter(EraserModel model)
    {
        _model = model;
    }

    /// <summary>The eraser's class name: the exporter's final name with "PrivacyEraser" for "PrivacyExporter".</summary>
    public static string ClassName(EraserModel model, string suffix) => Replace(model.ExporterClassName, suffix);

    /// <summary>The file name: the exporter's with "PrivacyErasure" for "PrivacyExporter".</summary>
    public static string HintName(EraserModel model) => Replace(model.ExporterHintName, "PrivacyErasure");

    /// <summary>The model with its exporter's final class and file names (ExporterNames.Resolve).</summary>
    public static EraserModel Name(EraserModel model, EquatableArray<ExporterName> names)
    {
        foreach (var name in names)
        {
            if (name.SubjectTypeFullyQualified == model.SubjectTypeFullyQualified)
            {
                return model with { ExporterClassName = name.ClassName, ExporterHintName = name.HintName };
            }
        }

        return model;
    }

    public static string Emit(EraserModel model) => new EraserEmitter(model).Run();

    private static string Replace(string exporterName, string suffix)
    {
        const string Exporter = "PrivacyExporter";
        var at = exporterName.LastIndexOf(Exporter, System.StringComparison.Ordinal);
        return at < 0 ? exporterName + suffix : exporterName.Substring(0, at) + suffix + exporterName.Substring(at + Exporter.Length);
    }

    private string Run()
    {
        var w = _w;
        var subject = _model.SubjectTypeFullyQualified;
        var eraser = ClassName(_model, "PrivacyEraser");
        var retention = ClassName(_model, "PrivacyRetention");
        var tp = _model.TypeParameters;
        var byRef = _model.SubjectIsReferenceType ? string.Empty : "ref ";
        var visibility = _model.IsPublic ? "public" : "internal";
        var name = SymbolNames.Literal(_model.SubjectName);
        GeneratedCode.Header(w);
        w.Line("// An eraser writes members marked [Obsolete] as a warning (they still hold personal data); errors are never written.");
        w.Line("#pragma warning disable CS0612, CS0618");
        w.Line();
        if (_model.Namespace is not null)
        {
            w.Open("namespace " + _model.Namespace);
        }

        w.Line("/// <summary>");
        w.Line("/// Erases the personal data of a <see cref=\"" + GeneratedCode.Cref(subject) + "\"/> (data subject " + GeneratedCode.DocText(_model.SubjectName) + ") in place, to answer an");
        w.Line("/// erasure request (GDPR Art. 17) or a retention purge (Art. 5(1)(e)). Only annotated members are changed; other data");
        w.Line("/// subjects reached through navigations are reported, never changed. See docs/erasure.md.");
        w.Line("/// </summary>");
        w.Line(GeneratedCode.Attribute);
        w.Open(visibility + " static partial class " + eraser);
        w.Line("/// <summary>Erases <paramref name=\"subject\"/> in place and reports, member by member, what was erased, anonymised and retained (why, until when).</summary>");
        w.Line("/// <param name=\"subject\">The data subject (with the objects that belong to it loaded).</param>");
        w.Line("/// <param name=\"request\">A subject's request or a retention purge, and its time.</param>");
        w.Line("/// <returns>The report.</returns>");
        ExpressionBodied("public static " + Ns + "ErasureReport Erase" + tp + "(" + byRef + subject + " subject, " + Ns + "ErasureRequest request)", "EraseOrPreview" + tp + "(" + byRef + "subject, request, false)");
        w.Line();
        w.Line("/// <summary>What <see cref=\"Erase\"/> would do, without changing anything.</summary>");
        w.Line("/// <param name=\"subject\">The data subject.</param>");
        w.Line("/// <param name=\"request\">A subject's request or a retention purge, and its time.</param>");
        w.Line("/// <returns>The report.</returns>");
        ExpressionBodied("public static " + Ns + "ErasureReport Preview" + tp + "(" + subject + " subject, " + Ns + "ErasureRequest request)", "EraseOrPreview" + tp + "(" + byRef + "subject, request, true)");
        w.Line();

        // The argument checks (subject first) are ErasureSession.Start's.
        w.Line("private static " + Ns + "ErasureReport EraseOrPreview" + tp + "(" + byRef + subject + " subject, " + Ns + "ErasureRequest request, bool preview)");
        Constraints();
        w.Open();
        w.Line("var session = " + Session + ".Start(subject, request, " + name + ", preview);");
        w.Line(WalkerName(_model.RootIndex) + "(session, " + byRef + "subject, " + SymbolNames.Literal(_model.RootPath) + ", " + Starts + ".None);");
        w.Line("return session.ToReport();");
        w.Close();
        for (var i = 0; i < _model.Types.Length; i++)
        {
            Walker(i, _model.Types[i]);
        }

        w.Close();
        w.Line();
        w.Line("/// <summary>The retention schedule of a <see cref=\"" + GeneratedCode.Cref(subject) + "\"/>: which members' retention has run out, from the members marked [RetentionStartDate].</summary>");
        w.Line(GeneratedCode.Attribute);
        w.Open(visibility + " static partial class " + retention);
        w.Line("/// <summary>The paths of the annotated members whose retention has run out at <paramref name=\"now\"/> (what <see cref=\"Purge\"/> erases).</summary>");
        w.Line("/// <param name=\"subject\">The data subject.</param>");
        w.Line("/// <param name=\"now\">The date retention ends are compared with.</param>");
        w.Line("/// <returns>The member paths.</returns>");
        ExpressionBodied("public static global::System.Collections.Generic.IReadOnlyList<string> ExpiredMembers" + tp + "(" + subject + " subject, global::System.DateTimeOffset now)", Session + ".ExpiredMembers(" + eraser + ".Preview" + tp + "(subject, " + Ns + "ErasureRequest.ForRetention(now)))");
        w.Line();
        w.Line("/// <summary>Erases exactly the members whose retention has run out at <paramref name=\"now\"/>.</summary>");
        w.Line("/// <param name=\"subject\">The data subject.</param>");
        w.Line("/// <param name=\"now\">The date retention ends are compared with.</param>");
        w.Line("/// <returns>The report.</returns>");
        ExpressionBodied("public static " + Ns + "ErasureReport Purge" + tp + "(" + byRef + subject + " subject, global::System.DateTimeOffset now)", eraser + ".Erase" + tp + "(" + byRef + "subject, " + Ns + "ErasureRequest.ForRetention(now))");
        w.Close();
        if (_model.Namespace is not null)
        {
            w.Close();
        }

        return w.ToString();
    }

    private void Walker(int index, EraseTypeModel type)
    {
        var w = _w;
        _locals = 0;
        w.Line();
        w.Line("// " + type.DisplayName);
        w.Line("private static void " + WalkerName(index) + "(" + Session + " s, " + (type.IsReferenceType ? string.Empty : "ref ") + type.FullyQualifiedName + " value, string path, " + Starts + " starts)");
        Constraints();
        w.Open();
        if (type.IsReferenceType)
        {
            w.Open("if (!s.Enter(value))");
            w.Line("return;");
            w.Close();
            w.Line();
        }

        foreach (var start in type.Starts)
        {
            var date = start.IsDateTime ? Clock + ".From(" + start.Access + ")" : start.Access;
            w.Line("starts = starts.With(global::PrivacyAnalyzers.RetentionStart." + StartNames[start.Start] + ", " + date + ");");
        }

        Hoist(type);

        foreach (var member in type.Members)
        {
            var path = "path + " + SymbolNames.Literal("." + member.Name);
            switch (member.Kind)
            {
                case EraseMemberKind.Link:
                    w.Line("s.OtherSubject(" + path + ", " + SymbolNames.Literal(member.Value) + ", " + member.Access + ");");
                    break;
                case EraseMemberKind.Walk when member.CannotWrite is not null:
                    w.Line("s.CannotWrite(" + path + ", " + SymbolNames.Literal(member.CannotWrite) + ");");
                    break;
                case EraseMemberKind.Walk:
                    w.Open();
                    WalkValue(member.Access, member.Shape, path, true);
                    w.Close();
                    break;
                default:
                    Leaf(member, path);
                    break;
            }
        }

        w.Close();
    }

    /// <summary>
    /// Retention ends and texts that several members of the walker share become locals, computed once after the
    /// walker's retention starts are known (the ends depend on nothing else, and computing them has no side effect).
    /// </summary>
    private void Hoist(EraseTypeModel type)
    {
        _hoisted.Clear();
        var ends = new List<string>();
        var texts = new List<string>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in type.Members)
        {
            if (member.Kind is EraseMemberKind.Link or EraseMemberKind.Walk)
            {
                continue;
            }

            Count(End(member), ends);
            if (member.RetentionText is not null)
            {
                Count(SymbolNames.Literal(member.RetentionText), texts);
            }
        }

        var any = Declare(texts, "const string ", "retention");
        any |= Declare(ends, "var ", "end");
        if (any)
        {
            _w.Line();
        }

        // Declares a local for each expression used more than once; true when it declared any.
        bool Declare(List<string> expressions, string declaration, string prefix)
        {
            var declared = false;
            foreach (var expression in expressions)
            {
                if (counts[expression] > 1)
                {
                    var local = prefix + Int(_hoisted.Count);
                    _hoisted[expression] = local;
                    _w.Line(declaration + local + " = " + expression + ";");
                    declared = true;
                }
            }

            return declared;
        }

        void Count(string expression, List<string> order)
        {
            if (expression == "null")
            {
                return;
            }

            if (counts.TryGetValue(expression, out var count))
            {
                counts[expression] = count + 1;
            }
            else
            {
                counts[expression] = 1;
                order.Add(expression);
            }
        }
    }

    private string Hoisted(string expression) => _hoisted.TryGetValue(expression, out var local) ? local : expression;

    private void Leaf(EraseMemberModel member, string path)
    {
        var w = _w;
        var category = SymbolNames.Literal(member.Category);
        var end = Hoisted(End(member));
        var retention = member.RetentionText is null ? "null" : Hoisted(SymbolNames.Literal(member.RetentionText));
        if (member.CannotWrite is not null)
        {
            var outcome = Ns + "ErasureOutcome." + (member.IsAnonymise ? "Anonymised" : "Erased");
            w.Line("s.Decide(" + path + ", " + category + ", " + outcome + ", " + SymbolNames.Literal(member.RetainReason) + ", " + retention + ", " + end + ", "
                + SymbolNames.Literal(member.CannotWrite) + ");");
            return;
        }

        // ErasureSession.Erase/Anonymise: Decide with the outcome named, and without the arguments that are null.
        var call = "s." + (member.IsAnonymise ? "Anonymise" : "Erase") + "(" + path + ", " + category;
        if (member.RetainReason is not null || member.RetentionText is not null || end != "null")
        {
            call += ", " + SymbolNames.Literal(member.RetainReason) + ", " + retention;
            if (end != "null")
            {
                call += ", " + end;
            }
        }

        call += ")";

        w.Open("if (" + call + ")");
        if (member.Write == EraseWrite.Clear)
        {
            w.Line(Ns + "ErasureValues.Clear<" + member.ClearElementType + ">(" + member.Access + ");");
        }
        else
        {
            w.Line(member.Access + " = " + member.Value!.Replace("{0}", member.Access) + ";");
        }

        w.Close();
    }

    private static string End(EraseMemberModel member)
    {
        if (member.Retention is null)
        {
            return "null";
        }

        var first = End(member.Retention);
        var end = member.Alternative is null
            ? first
            : Clock + ".Combine(" + first + ", " + End(member.Alternative) + ", global::PrivacyAnalyzers.RetentionCombination." + (member.Combination == 2 ? "WhicheverIsLater" : "WhicheverIsSooner") + ")";
        foreach (var kept in member.RetainedUnder)
        {
            end = Clock + ".Combine(" + end + ", " + End(kept) + ", global::PrivacyAnalyzers.RetentionCombination.WhicheverIsLater)";
        }

        return end;
    }

    private static string End(RetentionModel r) =>
        r.Start <= 0 || r.Start >= StartNames.Length
            ? "null"
            : Clock + ".End(starts[global::PrivacyAnalyzers.RetentionStart." + StartNames[r.Start] + "], " + Int(r.Years) + ", " + Int(r.Months) + ", " + Int(r.Days) + ", " + Int(r.Hours) + ", " + Int(r.Minutes) + ", " + Int(r.Seconds) + ")";

    /// <summary>Walks the objects a value leads to (the member itself is never erased).</summary>
    private void WalkValue(string expression, ValueShape shape, string path, bool writable)
    {
        var w = _w;
        switch (shape.Kind)
        {
            case ValueKind.Object when shape.IsReferenceType:
            {
                var v = Local("v");
                w.Line("var " + v + " = " + expression + ";");
                w.Open("if (!(" + v + " is null))");
                w.Line(WalkerName(shape.TypeIndex) + "(s, " + v + ", " + path + ", starts);");
                w.Close();
                break;
            }

            case ValueKind.Object when writable && !shape.IsNullableValue:
            {
                var v = Local("v");
                w.Line("var " + v + " = " + expression + ";");
                w.Line(WalkerName(shape.TypeIndex) + "(s, ref " + v + ", " + path + ", starts);");
                w.Line(expression + " = " + v + ";");
                break;
            }

            case ValueKind.Object when writable:
            {
                var v = Local("v");
                var x = Local("x");
                w.Line("var " + v + " = " + expression + ";");
                w.Open("if (" + v + ".HasValue)");
                w.Line("var " + x + " = " + v + ".Value;");
                w.Line(WalkerName(shape.TypeIndex) + "(s, ref " + x + ", " + path + ", starts);");
                w.Line(expression + " = " + x + ";");
                w.Close();
                break;
            }

            case ValueKind.Collection:
            {
                var c = Local("c");
                var i = Local("i");
                var item = Local("item");
                w.Line("var " + c + " = " + expression + ";");
                var check = shape.IsImmutableArray ? "!" + c + ".IsDefault" : shape.CanBeNull ? "!(" + c + " is null)" : null;
                if (check is not null)
                {
                    w.Open("if (" + check + ")");
                }

                w.Line("var " + i + " = 0;");
                w.Open("foreach (var " + item + " in " + c + ")");
                WalkValue(item, shape.Element!, Session + ".Item(" + path + ", " + i + ")", false);
                w.Line(i + "++;");
                w.Close();
                if (check is not null)
                {
                    w.Close();
                }

                break;
            }

            case ValueKind.Pair:
            {
                if (ContainsObject(shape.Key!))
                {
                    WalkValue(expression + ".Key", shape.Key!, path + " + \".Key\"", false);
                }

                if (ContainsObject(shape.Value!))
                {
                    WalkValue(expression + ".Value", shape.Value!, path + " + \".Value\"", false);
                }

                break;
            }
        }
    }

    private static bool ContainsObject(ValueShape shape) => shape.Kind switch
    {
        ValueKind.Object => true,
        ValueKind.Collection => ContainsObject(shape.Element!),
        ValueKind.Pair => ContainsObject(shape.Key!) || ContainsObject(shape.Value!),
        _ => false,
    };

    private string WalkerName(int index) => "Erase" + Int(index) + _model.TypeParameters;

    private string Local(string prefix) => prefix + Int(_locals++);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A method whose body is one expression: <c>=&gt; expression;</c> after the signature and its constraints.</summary>
    private void ExpressionBodied(string signature, string expression)
    {
        if (_model.Constraints.Length == 0)
        {
            _w.Line(signature + " => " + expression + ";");
            return;
        }

        _w.Line(signature);
        Constraints();
        _w.Line("    => " + expression + ";");
    }

    private void Constraints()
    {
        foreach (var constraint in _model.Constraints)
        {
            _w.Line("    " + constraint);
        }
    }
}
