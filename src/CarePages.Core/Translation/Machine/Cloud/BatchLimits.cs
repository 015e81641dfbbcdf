namespace CarePages.Core.Translation.Machine.Cloud;

/// <summary>What one request to an engine may carry, as its documentation states it.</summary>
/// <param name="MaxSegments">The most segments (texts, array elements) one request takes.</param>
/// <param name="MaxSize">The most one request's segments may add up to, in <paramref name="SizeOf"/>'s unit.</param>
/// <param name="SizeOf">What one segment costs of <paramref name="MaxSize"/> (bytes of JSON, characters of text).</param>
internal sealed record BatchLimits(int MaxSegments, int MaxSize, Func<string, int> SizeOf);
