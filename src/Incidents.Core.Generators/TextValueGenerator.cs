using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Incidents.Core.Generators;

/// <summary>
/// Writes the parsing and formatting surface of every value type marked <c>[TextValue(noun, examples)]</c>: the
/// <c>Parse</c>/<c>TryParse</c> overloads over <c>string</c>, <c>ReadOnlySpan&lt;char&gt;</c> and UTF-8, <c>ParseExact</c>,
/// <c>TryFormat</c>, <c>ToString(format, provider)</c>, the <c>ITextValue&lt;T&gt;</c> and BCL interface members, and their XML
/// docs worded from the attribute's phrases. The type itself keeps what is its own: its grammar
/// (<c>TryParseText&lt;TChar&gt;</c>), its formatter (<c>TryFormatText&lt;TChar&gt;</c>), its invariants and its docs.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TextValueGenerator : IIncrementalGenerator
{
    /// <summary>The attribute that asks for the surface.</summary>
    public const string AttributeName = "Incidents.Core.Parsing.TextValueAttribute";

    /// <summary>The name of the models' step, for tests of the generator's caching.</summary>
    public const string TrackingName = "TextValueModels";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context) =>
        context.RegisterSourceOutput(
            Pipeline.Models(context, AttributeName, TrackingName, TextValueModel.From),
            static (output, model) => Pipeline.Emit(output, model.Problem, model.TypeName + ".Text.g.cs", () => TextValueEmitter.Emit(model)));
}

/// <summary>What the generator knows of one marked type: equatable, so an edit elsewhere does not re-emit it.</summary>
/// <param name="Namespace">The type's namespace.</param>
/// <param name="TypeName">The type's name.</param>
/// <param name="Noun">How the docs name a value: "an ISO 8601 date of year, month or day precision".</param>
/// <param name="Examples">Example texts for the docs, already quoted: <c>"2022", "2022-01"</c>.</param>
/// <param name="CanonicalText">The string property that holds the canonical text, when there is one (codes and ids).</param>
/// <param name="Problem">Why nothing can be generated, or <see langword="null"/>.</param>
internal sealed record TextValueModel(string Namespace, string TypeName, string Noun, string Examples, string? CanonicalText, DiagnosticInfo? Problem)
{
    /// <summary>Gets what else is written besides the surface.</summary>
    internal TextValueKind Kind { get; init; }

    /// <summary>Gets the longest identifier (<see cref="TextValueKind.Identifier"/>).</summary>
    internal int IdentifierMaxLength { get; init; }

    /// <summary>Gets the phrase of the code table's errors (<see cref="TextValueKind.ExtensibleCodes"/>).</summary>
    internal string ExpectedCode { get; init; } = string.Empty;

    /// <summary>Gets the well-known values, comma-separated (<see cref="TextValueKind.ExtensibleCodes"/>).</summary>
    internal string WellKnown { get; init; } = string.Empty;

    /// <summary>Gets whether the type lists synonyms (<c>private static (string Synonym, T Value)[] Synonyms()</c>),
    /// which the constructor maps to their well-known codes (<see cref="TextValueKind.ExtensibleCodes"/>).</summary>
    internal bool HasSynonyms { get; init; }

    internal static TextValueModel From(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        string ns = type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString();
        AttributeData attribute = context.Attributes[0];
        string noun = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string ?? string.Empty : string.Empty;
        string examples = attribute.ConstructorArguments.Length > 1 ? attribute.ConstructorArguments[1].Value as string ?? string.Empty : string.Empty;
        string? canonical = attribute.NamedArguments.FirstOrDefault(a => a.Key == "CanonicalText").Value.Value as string;
        int maxLength = attribute.NamedArguments.FirstOrDefault(a => a.Key == "IdentifierMaxLength").Value.Value as int? ?? 0;
        string? expected = attribute.NamedArguments.FirstOrDefault(a => a.Key == "ExtensibleCodes").Value.Value as string;
        TextValueKind kind = maxLength > 0 ? TextValueKind.Identifier : expected is not null ? TextValueKind.ExtensibleCodes : TextValueKind.Value;
        canonical = kind switch { TextValueKind.Identifier => "Value", TextValueKind.ExtensibleCodes => "Code", _ => canonical };
        var declaration = (TypeDeclarationSyntax)context.TargetNode;
        Location location = declaration.Identifier.GetLocation();
        cancellationToken.ThrowIfCancellationRequested();

        DiagnosticInfo? problem = null;
        if (!type.IsRecord || !type.IsValueType || !type.IsReadOnly || !declaration.Modifiers.Any(m => m.Text == "partial") || type.ContainingType is not null)
        {
            problem = DiagnosticInfo.Create(Diagnostics.NotAPartialRecordStruct, location, type.Name);
        }
        else if (noun.Trim().Length == 0 || examples.Trim().Length == 0)
        {
            problem = DiagnosticInfo.Create(Diagnostics.EmptyPhrase, location, type.Name);
        }
        else if (kind == TextValueKind.Value && (!HasMethod(type, "TryParseText", 3) || !HasMethod(type, "TryFormatText", 2)))
        {
            problem = DiagnosticInfo.Create(Diagnostics.NoGrammar, location, type.Name);
        }
        else if (kind == TextValueKind.Value && canonical is not null && !type.GetMembers(canonical).OfType<IPropertySymbol>().Any(p => p.Type.SpecialType == SpecialType.System_String))
        {
            problem = DiagnosticInfo.Create(Diagnostics.BadCanonicalText, location, type.Name, canonical);
        }

        else if (kind == TextValueKind.ExtensibleCodes && !type.GetMembers("Unknown").OfType<IPropertySymbol>().Any(p => p.IsStatic))
        {
            problem = DiagnosticInfo.Create(Diagnostics.NoUnknown, location, type.Name);
        }

        // The well-known values: every static property of the type's own type, in declaration order.
        string wellKnown = kind != TextValueKind.ExtensibleCodes ? string.Empty : string.Join(", ", type.GetMembers()
            .OfType<IPropertySymbol>()
            .Where(p => p.IsStatic && SymbolEqualityComparer.Default.Equals(p.Type, type))
            .Select(p => p.Name));
        return new TextValueModel(ns, type.Name, noun, examples, canonical, problem)
        {
            Kind = kind,
            IdentifierMaxLength = maxLength,
            ExpectedCode = expected ?? string.Empty,
            WellKnown = wellKnown,
            HasSynonyms = kind == TextValueKind.ExtensibleCodes && type.GetMembers("Synonyms").OfType<IMethodSymbol>().Any(m => m.IsStatic && m.Parameters.Length == 0),
        };
    }

    private static bool HasMethod(INamedTypeSymbol type, string name, int parameters) =>
        type.GetMembers(name).OfType<IMethodSymbol>().Any(m => m.IsGenericMethod && m.TypeParameters.Length == 1 && m.Parameters.Length == parameters);
}

/// <summary>What a [TextValue] type is, beyond its text surface.</summary>
internal enum TextValueKind
{
    /// <summary>A value with a grammar of its own.</summary>
    Value,

    /// <summary>An identifier: the body is written too (syntax, trusted construction, the grammar).</summary>
    Identifier,

    /// <summary>An extensible code: the body is written too (the code, the well-known list, the code table).</summary>
    ExtensibleCodes,
}

/// <summary>A diagnostic as plain, equatable data (a <see cref="Location"/> holds a syntax tree, which would keep every
/// compilation alive and defeat the generator's caching).</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, string FilePath, TextSpan Span, LinePositionSpan Lines, EquatableStrings Arguments)
{
    internal static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location location, params string[] arguments) =>
        new(descriptor, location.SourceTree?.FilePath ?? string.Empty, location.SourceSpan, location.GetLineSpan().Span, new EquatableStrings(arguments.ToImmutableArray()));

    internal Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location.Create(FilePath, Span, Lines), Arguments.Items.ToArray<object>());
}

/// <summary>An immutable array of strings with value equality.</summary>
internal readonly record struct EquatableStrings(ImmutableArray<string> Items)
{
    public bool Equals(EquatableStrings other) => Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Aggregate(17, (hash, item) => unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(item)));
}

/// <summary>The generator's diagnostics; each says what to write instead.</summary>
internal static class Diagnostics
{
    private const string Category = "Incidents.Core.Generators";

    internal static readonly DiagnosticDescriptor NotAPartialRecordStruct = Rule(
        "INCGEN001", "[TextValue] needs a partial readonly record struct",
        "[TextValue] is on '{0}', which is not a top-level 'public readonly partial record struct': the generated surface is added to such a struct only");

    internal static readonly DiagnosticDescriptor EmptyPhrase = Rule(
        "INCGEN002", "[TextValue] needs its doc phrases",
        "[TextValue] on '{0}' needs a noun (\"an ISO 8601 date\") and examples (\"\\\"2022\\\", \\\"2022-01\\\"\") for the generated docs");

    internal static readonly DiagnosticDescriptor NoGrammar = Rule(
        "INCGEN003", "A [TextValue] type needs its grammar and formatter",
        "'{0}' needs 'private static bool TryParseText<TChar>(ReadOnlySpan<TChar> text, out {0} result, out ParseError error)' and 'private bool TryFormatText<TChar>(Span<TChar> destination, out int written)': the generated surface calls them");

    internal static readonly DiagnosticDescriptor BadCanonicalText = Rule(
        "INCGEN004", "CanonicalText must name a string property",
        "[TextValue(CanonicalText = \"{1}\")] on '{0}' names no string property '{1}' of the type");

    internal static readonly DiagnosticDescriptor NoUnknown = Rule(
        "INCGEN005", "An extensible code needs its Unknown",
        "'{0}' is an extensible code and needs 'public static {0} Unknown => default;' with its own doc: the default value is the unknown code");

    internal static readonly DiagnosticDescriptor NotASealedRecord = Rule(
        "INCGEN006", "[WireRecord] needs a sealed record class",
        "[WireRecord] is on '{0}', which is not a top-level 'public sealed record': the wire format is generated for such records only");

    internal static readonly DiagnosticDescriptor BadNoun = Rule(
        "INCGEN007", "[WireRecord] needs a noun with its article",
        "[WireRecord(\"{1}\")] on '{0}' needs a noun with its article (\"an attack method\", \"the metadata\"): messages say \"Expected an attack method object\" and \"An attack method requires …\"");

    internal static readonly DiagnosticDescriptor NoExtensions = Rule(
        "INCGEN008", "A [WireRecord] needs its Extensions",
        "'{0}' needs 'public EquatableArray<ExtensionProperty> Extensions {{ get; init; }}': the reader keeps unknown properties there and the writer writes them last");

    internal static readonly DiagnosticDescriptor UnsupportedType = Rule(
        "INCGEN009", "A [WireRecord] property has a type the wire format cannot carry",
        "The property '{0}.{1}' is a '{2}', which the wire format has no form for: use string, a text value type, an identifier, an enum, int (a count ≥ 1), bool, Instant, DateTimeZone, Uri, CasualtyRange, another [WireRecord], or an EquatableArray of text, text values, identifiers or records");

    internal static readonly DiagnosticDescriptor RequiredNullable = Rule(
        "INCGEN010", "A required wire property cannot be nullable",
        "The property '{0}.{1}' is required but nullable: a required property has a value; make it non-nullable or not required");

    internal static readonly DiagnosticDescriptor BadVersionIn = Rule(
        "INCGEN011", "VersionIn must name a non-nullable record property",
        "[WireRecord(VersionIn = \"{1}\")] on '{0}' names no non-nullable [WireRecord] property '{1}' of the record");

    internal static readonly DiagnosticDescriptor TooManyProperties = Rule(
        "INCGEN012", "A [WireRecord] has at most 64 wire properties",
        "'{0}' has more than 64 wire properties: the reader tracks the properties seen in one 64-bit mask; split the record");

    internal static readonly DiagnosticDescriptor UnmatchedParameter = Rule(
        "INCGEN013", "A [WireRecord]'s constructor parameters must name its properties",
        "'{0}' has no parameterless constructor and a parameter of its constructor names none of its wire properties: the reader passes each property to the parameter of the same name");

    private static DiagnosticDescriptor Rule(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}

/// <summary>What the generators share: the models of the types that carry an attribute, and the output of one model
/// (its source, or the diagnostic that says why there is none).</summary>
internal static class Pipeline
{
    internal static IncrementalValuesProvider<TModel> Models<TModel>(
        IncrementalGeneratorInitializationContext context, string attribute, string trackingName, Func<GeneratorAttributeSyntaxContext, CancellationToken, TModel> model) =>
        context.SyntaxProvider.ForAttributeWithMetadataName(attribute, static (node, _) => node is TypeDeclarationSyntax, (c, cancellationToken) => model(c, cancellationToken))
            .WithTrackingName(trackingName);

    internal static void Emit(SourceProductionContext output, DiagnosticInfo? problem, string hintName, Func<string> text)
    {
        if (problem is not null)
        {
            output.ReportDiagnostic(problem.ToDiagnostic());
            return;
        }

        output.AddSource(hintName, SourceText.From(text(), Encoding.UTF8));
    }
}
