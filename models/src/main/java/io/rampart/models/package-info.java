/**
 * Trained risk models and the ONNX Runtime adapter that hands them to the risk engine through its
 * model port ({@link io.rampart.risk.RiskModel}), so the engine stays pure: this module loads and
 * runs models, the model rule only calls them.
 *
 * <p><b>Owns:</b> the shipped model files (under {@code resources/io/rampart/models}, trained by
 * {@code io.rampart.bench.model.TrainRiskModel} on the simulation) and their loading.<br>
 * <b>Exposes:</b> {@link io.rampart.models.BundledModels} (a {@link
 * io.rampart.risk.ModelCatalogue}) and {@link io.rampart.models.OnnxRiskModel}.<br>
 * <b>May use:</b> kernel, the public package of risk, ONNX Runtime.<br>
 * <b>Must not:</b> hold risk rules or features (those are {@link io.rampart.risk.ModelFeatures}),
 * or use Spring, JDBC or HTTP.
 */
package io.rampart.models;
