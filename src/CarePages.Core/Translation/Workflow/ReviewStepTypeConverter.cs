using System.ComponentModel;
using System.Globalization;

namespace CarePages.Core.Translation.Workflow;

/// <summary>
/// Binds a step's spelling (<c>no-retranslation</c>) to <see cref="ReviewStep"/>, as a route value or query string is
/// bound; the enum's own names (<c>NoRetranslation</c>) and numbers are no step.
/// </summary>
public sealed class ReviewStepTypeConverter : TypeConverter
{
    /// <inheritdoc />
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc />
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text
            ? ReviewStepSpellings.Parse(text) ?? throw new FormatException($"\"{text}\" is not a review step.")
            : base.ConvertFrom(context, culture, value);
}
