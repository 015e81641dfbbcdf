using System.Collections.Concurrent;
using System.Reflection;

namespace CarePages.Umbraco.Harness.Strict;

/// <summary>
/// Implements an Umbraco interface by forwarding each call to the public member of the same name and parameter types
/// on an in-memory implementation; a member the implementation lacks throws <see cref="NotSupportedException"/> naming
/// it, so nothing answers silently with a default. Umbraco's Infrastructure interfaces are large and differ between
/// majors; this keeps each stand-in to the members Umbraco's services really call.
/// </summary>
public class StrictProxy : DispatchProxy
{
    private static readonly ConcurrentDictionary<(Type Target, MethodInfo Method), MethodInfo?> Matches = new();

    private Type _interface = typeof(object);
    private object? _target;

    /// <summary>Creates <typeparamref name="TInterface"/> over <paramref name="target"/> (null: every member throws).</summary>
    public static TInterface For<TInterface>(object? target)
        where TInterface : class
    {
        var proxy = Create<TInterface, StrictProxy>();
        var strict = (StrictProxy)(object)proxy;
        strict._interface = typeof(TInterface);
        strict._target = target;
        return proxy;
    }

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name == nameof(GetHashCode) && targetMethod.GetParameters().Length == 0)
        {
            return _target?.GetHashCode() ?? 0;
        }

        var match = _target is null ? null : Matches.GetOrAdd((_target.GetType(), targetMethod), key => Find(key.Target, key.Method));
        if (match is null)
        {
            throw new NotSupportedException(
                $"{Describe(targetMethod)} is not implemented by the CarePages Umbraco harness ({_target?.GetType().Name ?? "no in-memory implementation"}). " +
                "A test reached a member no earlier test needed: implement it in the harness as Umbraco's Infrastructure does.");
        }

        if (match.IsGenericMethodDefinition)
        {
            match = match.MakeGenericMethod(targetMethod.GetGenericArguments());
        }

        try
        {
            return match.Invoke(_target, args);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }
    }

    private string Describe(MethodInfo method) =>
        $"{_interface.Name} ({method.DeclaringType?.Name}).{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})";

    private static MethodInfo? Find(Type target, MethodInfo method)
    {
        var wanted = method.IsGenericMethod ? method.GetGenericMethodDefinition() : method;
        var parameters = wanted.GetParameters();
        return target.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == wanted.Name && m.IsGenericMethodDefinition == wanted.IsGenericMethodDefinition)
            .FirstOrDefault(m => SameParameters(m.GetParameters(), parameters) && wanted.ReturnType.IsGenericParameter == m.ReturnType.IsGenericParameter);
    }

    private static bool SameParameters(ParameterInfo[] candidate, ParameterInfo[] wanted) =>
        candidate.Length == wanted.Length && candidate.Zip(wanted).All(p => SameType(p.First.ParameterType, p.Second.ParameterType));

    private static bool SameType(Type candidate, Type wanted)
    {
        if (wanted.IsGenericParameter || candidate.IsGenericParameter)
        {
            return wanted.IsGenericParameter && candidate.IsGenericParameter && wanted.GenericParameterPosition == candidate.GenericParameterPosition;
        }

        if (wanted.ContainsGenericParameters && candidate.IsGenericType && wanted.IsGenericType)
        {
            return candidate.GetGenericTypeDefinition() == wanted.GetGenericTypeDefinition()
                && candidate.GetGenericArguments().Zip(wanted.GetGenericArguments()).All(a => SameType(a.First, a.Second));
        }

        if (wanted.HasElementType && candidate.HasElementType)
        {
            return wanted.IsArray == candidate.IsArray && wanted.IsByRef == candidate.IsByRef && SameType(candidate.GetElementType()!, wanted.GetElementType()!);
        }

        return candidate == wanted;
    }
}
