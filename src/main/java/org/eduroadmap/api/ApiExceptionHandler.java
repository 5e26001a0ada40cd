package org.eduroadmap.api;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.kpi.RefusedValues;

/**
 * Turns every failure inside the API into an {@link ApiError}: refusals with what is wrong, anything
 * unexpected as a plain 500 whose details go to the log only. Messages are in English, the API's language.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RefusedValues.class)
    ResponseEntity<ApiError> refused(RefusedValues refused) {
        List<ApiError.Item> items = refused.refusals().stream()
                .map(refusal -> new ApiError.Item(refusal.index(), refusal.violation().field(),
                        text(refusal.violation())))
                .toList();
        return answer(ApiError.of(HttpStatus.BAD_REQUEST,
                "Nothing was stored: " + items.size() + " of the values are refused.", items));
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ApiError> violation(RuleViolation violation) {
        return answer(ApiError.of(HttpStatus.BAD_REQUEST, text(violation),
                List.of(new ApiError.Item(null, violation.field(), text(violation)))));
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> refusal(ApiException refusal) {
        return answer(ApiError.of(refusal.status(), refusal.getMessage()));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiError> unreadable(Exception unreadable) {
        return answer(ApiError.of(HttpStatus.BAD_REQUEST,
                "The request cannot be read: check the JSON and the parameters against the documentation."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException unsupported) {
        return answer(ApiError.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send JSON: Content-Type: application/json."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException unsupported) {
        return answer(ApiError.of(HttpStatus.METHOD_NOT_ALLOWED,
                "This address does not accept " + unsupported.getMethod() + "."));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> notFound(NoResourceFoundException missing) {
        return answer(ApiError.of(HttpStatus.NOT_FOUND, "There is nothing at this address."));
    }

    /** A service rule refused the caller: the token's scope does not cover what the service requires. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException denied) {
        return answer(ApiError.of(HttpStatus.FORBIDDEN, "The token's scope does not allow this call."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception failure) {
        log.error("API call failed", failure);
        return answer(ApiError.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on the server; nothing was stored. Try again later."));
    }

    private static ResponseEntity<ApiError> answer(ApiError error) {
        return ResponseEntity.status(error.status()).body(error);
    }

    /** The API's own wording when there is one ("api." before the key), else the screens' English text. */
    private String text(RuleViolation violation) {
        String key = violation.messageKey();
        String screens = messages.getMessage(key, violation.arguments(), key, Locale.ENGLISH);
        return messages.getMessage("api." + key, violation.arguments(), screens, Locale.ENGLISH);
    }
}
