using System.ComponentModel;
using System.Globalization;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>Binds a route's step (<c>no-retranslation</c>) to <see cref="ReviewStep"/>; the route constraint has already refused any other spelling.</summary>
internal sealed class ReviewStepTypeConverter : TypeConverter
{
    /// <inheritdoc />
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc />
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text
            ? ReviewStepRoute.Parse(text) ?? throw new FormatException($"\"{text}\" is not a review step.")
            : base.ConvertFrom(context, culture, value);
}
