using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Incidents.Core.Generators;

/// <summary>
/// Writes the wire format of every record marked <c>[WireRecord(noun)]</c>: its property-name table
/// (<c>WireNames.{Type}</c>), its reader (<c>IncidentReader.Read{Type}</c> and <c>{Type}Element</c>) and its writer
/// (<c>IncidentWriter.Write{Type}</c>). The record is the description: its public <c>init</c> properties in declaration
/// order, camelCase on the wire, required when <c>required</c>, read and written by their type.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class WireRecordGenerator : IIncrementalGenerator
{
    /// <summary>The attribute that asks for the wire format.</summary>
    public const string AttributeName = "Incidents.Core.Json.WireRecordAttribute";

    /// <summary>The name of the models' step, for tests of the generator's caching.</summary>
    public const string TrackingName = "WireRecordModels";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<WireRecordModel> models = Pipeline.Models(context, AttributeName, TrackingName, WireRecordModel.From);
        context.RegisterSourceOutput(models, static (output, model) =>
            Pipeline.Emit(output, model.Problem, model.TypeName + ".Wire.g.cs", () => WireRecordEmitter.Emit(model)));
        context.RegisterSourceOutput(models.Where(static m => m.Problem is null).Collect(), static (output, all) =>
        {
            if (!all.IsEmpty)
            {
                output.AddSource("WireRecords.g.cs", SourceText.From(WireRecordEmitter.EmitRegistry(all), Encoding.UTF8));
            }
        });
    }
}

/// <summary>How a wire property is read and written, decided by its CLR type.</summary>
internal enum WireKind
{
    /// <summary>A <c>string</c>: free text (required: not blank).</summary>
    Text,

    /// <summary>A text value type (<c>ITextValue&lt;T&gt;</c>): its canonical text.</summary>
    TextValue,

    /// <summary>An identifier (<c>IIdentifier&lt;T&gt;</c>): its text, through the reader's cache of recent ids.</summary>
    Identifier,

    /// <summary>A closed enumeration: its lower-kebab code.</summary>
    Enum,

    /// <summary>A nested record marked <c>[WireRecord]</c>: an object.</summary>
    Record,

    /// <summary>A list (<c>EquatableArray&lt;T&gt;</c>) of one of the element kinds.</summary>
    List,

    /// <summary>An <c>int</c>: a count, a whole number ≥ 1.</summary>
    Count,

    /// <summary>A <c>bool</c>.</summary>
    Boolean,

    /// <summary>A NodaTime <c>Instant</c>: RFC 3339.</summary>
    Instant,

    /// <summary>A NodaTime <c>DateTimeZone</c>: its TZDB id.</summary>
    Zone,

    /// <summary>A <c>System.Uri</c>: an absolute URI.</summary>
    Url,

    /// <summary>A casualty range: an object with short forms.</summary>
    Range,
}

/// <summary>One wire property of a record.</summary>
/// <param name="Name">The CLR property.</param>
/// <param name="WireName">The JSON name (camelCase).</param>
/// <param name="Type">The CLR type, as the emitted code spells it (without <c>?</c>).</param>
/// <param name="Kind">How it is read and written.</param>
/// <param name="IsNullable">Whether the CLR type is nullable (<c>T?</c>).</param>
/// <param name="IsRequired">Whether the wire requires it.</param>
/// <param name="Initializer">The property's initializer (<c>= 1</c>), which is also its value when absent.</param>
/// <param name="ElementType">The element type of a list.</param>
/// <param name="ElementKind">The element kind of a list.</param>
/// <param name="HasUniqueIds">Whether the elements of a list carry a required <c>Id</c> that must be unique in it.</param>
/// <param name="IsCheckedByReader">Whether the property's <c>init</c> accessor checks nothing the generated reader has
/// not already checked (<see cref="ReaderChecks"/>), so that the reader may write its backing field directly.</param>
internal sealed record WireProperty(
    string Name, string WireName, string Type, WireKind Kind, bool IsNullable, bool IsRequired, string? Initializer,
    string? ElementType, WireKind ElementKind, bool HasUniqueIds, bool IsCheckedByReader);

/// <summary>What the generator knows of one record: equatable, so an edit elsewhere does not re-emit it.</summary>
/// <param name="Namespace">The record's namespace.</param>
/// <param name="TypeName">The record's name.</param>
/// <param name="Noun">How messages name it, with its article.</param>
/// <param name="VersionIn">For the document root, the record property that holds the schema version.</param>
/// <param name="Properties">The wire properties, in canonical order.</param>
/// <param name="Constructor">The constructor parameters, by property name, when the record is built through its
/// constructor (it has no parameterless one).</param>
/// <param name="ExtensionsCheckedByReader">Whether the <c>Extensions</c> accessor checks only what the reader's
/// handling of unknown properties already ensures (see <see cref="WireProperty.IsCheckedByReader"/>).</param>
/// <param name="Problem">Why nothing can be generated, or <see langword="null"/>.</param>
internal sealed record WireRecordModel(
    string Namespace, string TypeName, string Noun, string? VersionIn, EquatableArray<WireProperty> Properties,
    EquatableStrings Constructor, bool ExtensionsCheckedByReader, DiagnosticInfo? Problem)
{
    internal static WireRecordModel From(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        string ns = type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString();
        AttributeData attribute = context.Attributes[0];
        string noun = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string ?? string.Empty : string.Empty;
        string? versionIn = attribute.NamedArguments.FirstOrDefault(a => a.Key == "VersionIn").Value.Value as string;
        Location location = ((TypeDeclarationSyntax)context.TargetNode).Identifier.GetLocation();
        WireRecordModel Fail(DiagnosticDescriptor descriptor, params string[] arguments) =>
            new(ns, type.Name, noun, versionIn, default, default, false, DiagnosticInfo.Create(descriptor, location, arguments));

        if (!type.IsRecord || type.IsValueType || !type.IsSealed || type.ContainingType is not null)
        {
            return Fail(Diagnostics.NotASealedRecord, type.Name);
        }

        string[] article = noun.Split(' ');
        if (article.Length < 2 || article[0] is not ("a" or "an" or "the"))
        {
            return Fail(Diagnostics.BadNoun, type.Name, noun);
        }

        if (type.GetMembers("Extensions").OfType<IPropertySymbol>().FirstOrDefault() is not { } extensions
            || extensions.Type.ToDisplayString() != "Incidents.Core.EquatableArray<Incidents.Core.ExtensionProperty>")
        {
            return Fail(Diagnostics.NoExtensions, type.Name);
        }

        IMethodSymbol[] constructors = type.InstanceConstructors
            .Where(c => c.DeclaredAccessibility == Accessibility.Public && !(c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type)))
            .ToArray();
        IMethodSymbol? constructor = constructors.Any(c => c.Parameters.Length == 0) ? null : constructors.OrderByDescending(c => c.Parameters.Length).FirstOrDefault();

        var properties = ImmutableArray.CreateBuilder<WireProperty>();
        foreach (IPropertySymbol property in type.GetMembers().OfType<IPropertySymbol>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (property.IsStatic || property.DeclaredAccessibility != Accessibility.Public || property.SetMethod is not { IsInitOnly: true }
                || property.Name == "Extensions" || property.Type.ToDisplayString() == "Incidents.Core.SchemaVersion")
            {
                continue;
            }

            ITypeSymbol clr = property.Type;
            bool nullable = clr.NullableAnnotation == NullableAnnotation.Annotated;
            if (clr is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapped)
            {
                clr = wrapped.TypeArguments[0];
                nullable = true;
            }

            WireKind? kind = Classify(clr);
            string? elementType = null;
            WireKind elementKind = default;
            bool unique = false;
            if (clr is INamedTypeSymbol { IsGenericType: true } generic && generic.OriginalDefinition.ToDisplayString() == "Incidents.Core.EquatableArray<T>")
            {
                ITypeSymbol element = generic.TypeArguments[0];
                WireKind? classified = Classify(element);
                if (classified is not (WireKind.Text or WireKind.TextValue or WireKind.Identifier or WireKind.Record))
                {
                    return Fail(Diagnostics.UnsupportedType, type.Name, property.Name, property.Type.ToDisplayString());
                }

                kind = WireKind.List;
                elementKind = classified.Value;
                elementType = element.Name;
                // A required (non-nullable) id is the element's identity and unique in its list; an optional one (a
                // casualty figure's) is a handle that a validation rule checks.
                unique = elementKind == WireKind.Record
                    && element.GetMembers("Id").OfType<IPropertySymbol>().Any(p => !p.IsStatic && p.Type.IsValueType && p.Type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T);
            }

            if (kind is not { } found)
            {
                return Fail(Diagnostics.UnsupportedType, type.Name, property.Name, property.Type.ToDisplayString());
            }

            bool required = property.IsRequired;
            if (required && nullable)
            {
                return Fail(Diagnostics.RequiredNullable, type.Name, property.Name);
            }

            string? initializer = property.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<PropertyDeclarationSyntax>()
                .Select(p => p.Initializer?.Value.ToString()).FirstOrDefault(i => i is not null);
            properties.Add(new WireProperty(
                property.Name, char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1), clr.Name, found, nullable, required,
                initializer, elementType, elementKind, unique, ReaderChecks.Cover(property, unique, cancellationToken)));
        }

        if (versionIn is not null && !properties.Any(p => p.Name == versionIn && p.Kind == WireKind.Record && !p.IsNullable))
        {
            return Fail(Diagnostics.BadVersionIn, type.Name, versionIn);
        }

        if (properties.Count + (versionIn is null ? 0 : 1) > 64)
        {
            return Fail(Diagnostics.TooManyProperties, type.Name);
        }

        ImmutableArray<string> parameters = constructor is null
            ? ImmutableArray<string>.Empty
            : constructor.Parameters.Select(p => properties.FirstOrDefault(q => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase))?.Name ?? string.Empty).ToImmutableArray();
        if (parameters.Contains(string.Empty))
        {
            return Fail(Diagnostics.UnmatchedParameter, type.Name);
        }

        return new WireRecordModel(
            ns, type.Name, noun, versionIn, new EquatableArray<WireProperty>(properties.ToImmutable()), new EquatableStrings(parameters),
            ReaderChecks.Cover(extensions, uniqueIds: false, cancellationToken), null);
    }

    private static WireKind? Classify(ITypeSymbol type)
    {
        string name = type.ToDisplayString();
        return name switch
        {
            "string" or "string?" => WireKind.Text,
            "int" => WireKind.Count,
            "bool" => WireKind.Boolean,
            "NodaTime.Instant" => WireKind.Instant,
            "NodaTime.DateTimeZone" or "NodaTime.DateTimeZone?" => WireKind.Zone,
            "System.Uri" or "System.Uri?" => WireKind.Url,
            "Incidents.Core.CasualtyRange" => WireKind.Range,
            _ when type.TypeKind == TypeKind.Enum => WireKind.Enum,
            _ when type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == WireRecordGenerator.AttributeName) => WireKind.Record,
            // The text surface is generated too (TextValueGenerator), and generators do not see each other's output:
            // the attribute, not the interface, says what a type is.
            _ when TextValueAttribute(type) is { } textValue => textValue.NamedArguments.Any(a => a.Key == "IdentifierMaxLength" && a.Value.Value is int and > 0)
                ? WireKind.Identifier
                : WireKind.TextValue,
            _ => null,
        };
    }

    private static AttributeData? TextValueAttribute(ITypeSymbol type) =>
        type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == TextValueGenerator.AttributeName);
}

/// <summary>
/// Which <c>init</c> accessors only repeat what the generated reader has checked. The reader reads every value through
/// a typed reader that rejects what these guards reject — <c>Text</c> blank, over-long or ill-formed text, <c>Id</c>,
/// <c>Value</c> and <c>Enum</c> anything but a parsed (so never default, always defined) value, <c>Instant</c> a year
/// outside 0001–9999, <c>Array</c> a null element, <c>UniqueIds</c> a repeated id, unknown properties a repeated or
/// reserved name — so for an accessor of the form <c>init;</c>, <c>init =&gt; field = value ?? throw …</c>,
/// <c>init =&gt; field = Guard.X(value, …)</c> or <c>init =&gt; field = value is { } v ? Guard.X(v, …) : null</c> with a
/// guard of that list, the reader writes the backing field itself. Any other accessor (a check of its own, such as a
/// BCP 47 tag or a count ≥ 1) is called as written: trusted construction skips repeated checks, never a check.
/// </summary>
internal static class ReaderChecks
{
    /// <summary>The guards of <c>Incidents.Core.Utility.Guard</c> that the reader's typed reading makes redundant.</summary>
    private static readonly ImmutableHashSet<string> Redundant = ImmutableHashSet.Create(
        StringComparer.Ordinal, "NotDefault", "NotBlank", "NullOrNotBlank", "NoNullItems", "NoDefaultItems", "NoBlankItems", "Defined", "WritableInstant", "Extensions");

    /// <summary>Returns whether the reader has already checked everything <paramref name="property"/>'s <c>init</c>
    /// accessor checks (<paramref name="uniqueIds"/>: the reader also checks the list's ids are unique).</summary>
    internal static bool Cover(IPropertySymbol property, bool uniqueIds, CancellationToken cancellationToken)
    {
        if (property.SetMethod is not { IsInitOnly: true } init
            || init.DeclaringSyntaxReferences.Length != 1
            || init.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not AccessorDeclarationSyntax accessor)
        {
            return false;
        }

        if (accessor.Body is null && accessor.ExpressionBody is null)
        {
            return true;
        }

        // (C# 14's 'field' is a FieldExpression; an older parser saw an identifier.)
        return accessor.ExpressionBody?.Expression is AssignmentExpressionSyntax assignment
            && (assignment.Left.IsKind(SyntaxKind.FieldExpression) || assignment.Left is IdentifierNameSyntax { Identifier.ValueText: "field" })
            && Checks(assignment.Right, "value", uniqueIds);
    }

    private static bool Checks(ExpressionSyntax expression, string value, bool uniqueIds) => expression switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText == value,
        BinaryExpressionSyntax { Left: IdentifierNameSyntax left, Right: ThrowExpressionSyntax } coalesce
            => coalesce.IsKind(SyntaxKind.CoalesceExpression) && left.Identifier.ValueText == value,
        ConditionalExpressionSyntax
        {
            Condition: IsPatternExpressionSyntax { Expression: IdentifierNameSyntax subject, Pattern: RecursivePatternSyntax { Designation: SingleVariableDesignationSyntax variable } },
            WhenTrue: var whenTrue,
            WhenFalse: LiteralExpressionSyntax whenFalse,
        } => subject.Identifier.ValueText == value && whenFalse.IsKind(SyntaxKind.NullLiteralExpression) && Checks(whenTrue, variable.Identifier.ValueText, uniqueIds),
        InvocationExpressionSyntax
        {
            Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Guard" }, Name: var guard },
            ArgumentList.Arguments: { Count: > 0 } arguments,
        } => arguments[0].Expression is IdentifierNameSyntax argument && argument.Identifier.ValueText == value
            && (Redundant.Contains(guard.Identifier.ValueText) || (uniqueIds && guard.Identifier.ValueText == "UniqueKeys")),
        _ => false,
    };
}

/// <summary>An immutable array with value equality, for the generator's models.</summary>
/// <typeparam name="T">The element type (equatable).</typeparam>
internal readonly record struct EquatableArray<T>(ImmutableArray<T> Items)
    where T : IEquatable<T>
{
    public bool Equals(EquatableArray<T> other) => Items.IsDefault ? other.Items.IsDefault : !other.Items.IsDefault && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.IsDefault ? 0 : Items.Aggregate(17, (hash, item) => unchecked((hash * 31) + item.GetHashCode()));
}
