using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;

namespace CarePages.Umbraco.Api.Problems;

/// <summary>
/// The names a query parameter bound to an enum takes, for a 400 that says what to write instead of a value that did not
/// bind (<c>severity=loud</c>: <c>Info, Warn, Block</c>): the action's own parameters, and the properties of the
/// parameter objects it binds from the query string.
/// </summary>
internal static class EnumParameterNames
{
    /// <summary>" Use one of: …" for the enum parameter <paramref name="name"/> of <paramref name="action"/>; empty when it is not one.</summary>
    public static string HintFor(ActionDescriptor action, string name)
    {
        var type = action.Parameters.Select(p => TypeOf(p.Name, p.ParameterType, name)).FirstOrDefault(t => t is not null);
        return type is null ? string.Empty : $" Use one of: {string.Join(", ", Enum.GetNames(type))}.";
    }

    private static Type? TypeOf(string parameterName, Type parameterType, string name)
    {
        if (string.Equals(parameterName, name, StringComparison.OrdinalIgnoreCase))
        {
            return EnumOf(parameterType);
        }

        return parameterType.IsClass && parameterType != typeof(string)
            ? parameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => string.Equals(p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name, name, StringComparison.OrdinalIgnoreCase))
                .Select(p => EnumOf(p.PropertyType))
                .FirstOrDefault(t => t is not null)
            : null;
    }

    private static Type? EnumOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } enumType ? enumType : null;
}
